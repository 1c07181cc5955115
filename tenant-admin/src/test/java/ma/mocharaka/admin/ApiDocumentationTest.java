package ma.mocharaka.admin;

import static ma.mocharaka.admin.ApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** The OpenAPI description lists the program office's JSON API and says it needs a bearer token. */
@AdminTest
class ApiDocumentationTest {

    @Test
    void theJsonApiIsDescribedWithItsTokenScheme() throws Exception {
        HttpResponse<String> docs = call("GET", "/v3/api-docs/api", null, null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/programs\"", "\"/api/programs/{code}\"",
                "\"/api/communes/{slug}/steps\"", "\"/api/communes/{slug}/steps/{templateId}\"",
                "\"/api/communes/{slug}/steps/{templateId}/review\"", "\"/api/activities\"",
                "\"/api/communes/{slug}/activities\"", "\"bearerFormat\":\"JWT\"",
                "\"/api/programs/{code}/milestones\"", "\"/api/programs/{code}/milestones/{id}\"",
                "\"/api/communes/{slug}/milestones\"", "\"/api/communes/{slug}/milestones/{id}\"",
                "\"/api/activities/{id}\"", "\"/api/communes/{slug}/activities/{id}\"",
                "\"/api/communes/{slug}/steps/{templateId}/evidence\"", "\"/api/communes/{slug}/contacts\"",
                "multipart/form-data")
                .doesNotContain("\"/communes/{slug}/onboarding\"");
    }
}
