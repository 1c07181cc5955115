package ma.mocharaka.admin.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON API's OpenAPI description at /v3/api-docs. It describes endpoints only, never data, so it is public;
 * every call it lists needs a Keycloak bearer token, and the commune in the path decides what a token may see.
 */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI programOfficeApi() {
        return new OpenAPI()
                .info(new Info().title("Mocharaka program office API").version("1")
                        .description("Programs, communes, onboarding steps and sessions of the national program "
                                + "office. Program staff read every commune; a focal point reads and reports on "
                                + "their own commune only; only program admins review reports."))
                .components(new Components().addSecuritySchemes("keycloak", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }

    @Bean
    GroupedOpenApi jsonApi() {
        return GroupedOpenApi.builder().group("api").pathsToMatch("/api/**").build();
    }
}
