package ma.mocharaka.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;

/**
 * Every survey endpoint, public and staff, seen from the wrong commune, by path and by host: Beni Mellal's surveys
 * are invisible from Demnate, other communes' staff can neither read nor change them, and nothing they try leaves
 * a trace in Beni Mellal's tables.
 */
@PortalTest
class SurveyIsolationTest {

    /** Staff pages and writes, {id} the survey, {q} a question, {a} a text answer. */
    private static final List<String> STAFF_GETS = List.of("", "/{id}", "/{id}/questions/{q}", "/{id}/paper",
            "/{id}/paper/template.csv", "/{id}/results", "/{id}/results.csv");
    private static final List<String> STAFF_POSTS = List.of("", "/{id}", "/{id}/questions", "/{id}/questions/{q}",
            "/{id}/questions/{q}/move", "/{id}/questions/{q}/delete", "/{id}/launch", "/{id}/close", "/{id}/publish",
            "/{id}/paper", "/{id}/import/1", "/{id}/answers/{a}/hide");

    @Autowired MockMvc mvc;
    @Autowired Surveys surveys;
    @Autowired CommuneRegistry registry;

    private String title;
    private SurveyView survey;
    private long textAnswer;

    @BeforeEach
    void aBeniMellalSurveyWithAnswers() {
        title = SurveyFixtures.uniqueTitle("Isolement");
        Commune beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        CurrentCommune.runAs(beniMellal, () -> {
            survey = SurveyFixtures.launched(surveys, title, CommuneService.ROADS, Respondents.ANYONE,
                    surveys.today().minusDays(2), surveys.today().plusDays(2));
            surveys.publishResults(survey.id(), "bm.staff");
            surveys.enterPaper(survey.id(), List.of(SurveyFixtures.row(1, "", "4", "1", "Des trottoirs", "", "", "", "")),
                    surveys.today(), "bm.staff");
            textAnswer = surveys.results(survey.id()).questions().get(2).texts().getFirst().id();
        });
    }

    @Test
    void beniMellalSurveysAreInvisibleFromDemnateByPathAndByHost() throws Exception {
        assertThat(body(get("/c/beni-mellal/surveys?lang=fr"))).contains(title);
        assertThat(body(get("/c/demnat/surveys?lang=fr"))).doesNotContain(title);
        for (String path : List.of("/c/demnat/surveys/%d", "/c/demnat/surveys/%d/results",
                "/c/demnat/surveys/%d/results.csv")) {
            mvc.perform(get(path.formatted(survey.id()))).andExpect(status().isNotFound());
        }
        // The host names Beni Mellal but the path names Demnate: the path decides, so nothing leaks through the host.
        mvc.perform(get("/c/demnat/surveys/" + survey.id()).with(host("beni-mellal.localhost")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").with(host("demnat.localhost"))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(title));
        mvc.perform(get("/c/beni-mellal/surveys/" + survey.id() + "?lang=fr").with(host("demnat.localhost")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(title));

        // Answering through Demnate's address finds no such survey and stores nothing in Beni Mellal.
        mvc.perform(post("/c/demnat/surveys/" + survey.id() + "/responses")
                        .param("q" + survey.questions().getFirst().id(), "1").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/c/demnat/surveys/" + survey.id() + "/responses").with(host("beni-mellal.localhost"))
                        .param("q" + survey.questions().getFirst().id(), "1").with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void otherCommunesStaffAreRefusedEveryStaffEndpointByPathAndByHost() throws Exception {
        RequestPostProcessor azilalAdmin = staffOf("azilal", PlatformRole.COMMUNE_ADMIN);
        RequestPostProcessor demnatStaff = staffOf("demnat", PlatformRole.COMMUNE_STAFF);
        for (RequestPostProcessor intruder : List.of(azilalAdmin, demnatStaff)) {
            for (String path : STAFF_GETS) {
                mvc.perform(get(staffPath("beni-mellal", path)).with(intruder)).andExpect(status().isForbidden());
                mvc.perform(get(staffPath("beni-mellal", path)).with(intruder).with(host("demnat.localhost")))
                        .andExpect(status().isForbidden());
            }
            for (String path : STAFF_POSTS) {
                mvc.perform(writeTo(staffPath("beni-mellal", path)).with(intruder).with(csrf()))
                        .andExpect(status().isForbidden());
                mvc.perform(writeTo(staffPath("beni-mellal", path)).with(intruder).with(host("demnat.localhost")).with(csrf()))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(multipart(staffPath("beni-mellal", "/{id}/import")).file(csvFile()).with(intruder).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // Demnate's staff in their own commune: Beni Mellal's ids name nothing there.
        for (String path : STAFF_GETS.subList(1, STAFF_GETS.size())) {
            mvc.perform(get(staffPath("demnat", path)).with(demnatStaff)).andExpect(status().isNotFound());
        }
        for (String path : STAFF_POSTS.subList(2, STAFF_POSTS.size())) {
            mvc.perform(writeTo(staffPath("demnat", path)).with(demnatStaff).with(csrf()))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404));
        }
        mvc.perform(multipart(staffPath("demnat", "/{id}/import")).file(csvFile()).with(demnatStaff).with(csrf()))
                .andExpect(status().isNotFound());
        // A citizen of Beni Mellal and an anonymous visitor do not reach the staff pages either.
        mvc.perform(get(staffPath("beni-mellal", "/{id}/results")).with(citizenOf("beni-mellal")))
                .andExpect(status().isForbidden());
        mvc.perform(get(staffPath("beni-mellal", "/{id}/results"))).andExpect(status().is3xxRedirection());

        SurveyView after = CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(),
                () -> surveys.find(survey.id()));
        assertThat(after.responses()).isEqualTo(1);
        assertThat(after.phase()).isEqualTo(SurveyPhase.OPEN);
        assertThat(after.questions()).hasSize(3);
        assertThat(CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(),
                () -> surveys.results(survey.id()).questions().get(2).texts().getFirst().hidden())).isFalse();

        // Beni Mellal's own staff do read them.
        mvc.perform(get(staffPath("beni-mellal", "/{id}/results") + "?lang=fr").with(staffOf("beni-mellal", PlatformRole.COMMUNE_STAFF)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(title).contains("Des trottoirs"));
        String csv = new String(mvc.perform(get(staffPath("beni-mellal", "/{id}/results.csv") + "?lang=fr")
                        .with(staffOf("beni-mellal", PlatformRole.COMMUNE_ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFservice,survey,").contains("roads").contains("Des trottoirs");
    }

    private MockHttpServletRequestBuilder writeTo(String path) {
        return post(path).param("reason", "x").param("direction", "up").param("kind", "TEXT").param("promptFr", "x")
                .param("service", "ROADS").param("respondents", "ANYONE").param("titleFr", "x")
                .param("opensOn", "2030-01-01").param("closesOn", "2030-01-02").param("batchDate", "2030-01-01")
                .param("a1_1", "1").param("rows", "1");
    }

    private String staffPath(String commune, String path) {
        return ("/c/" + commune + "/admin/surveys" + path).replace("{id}", String.valueOf(survey.id()))
                .replace("{q}", String.valueOf(survey.questions().getFirst().id()))
                .replace("{a}", String.valueOf(textAnswer));
    }

    private long responses() {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), () -> surveys.find(survey.id()).responses());
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockMultipartFile csvFile() {
        return new MockMultipartFile("file", "forms.csv", "text/csv", "q1,q2,q3\n4,1,\n".getBytes(StandardCharsets.UTF_8));
    }

    private static RequestPostProcessor host(String name) {
        return request -> {
            request.setServerName(name);
            return request;
        };
    }

    private static RequestPostProcessor staffOf(String commune, PlatformRole role) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", commune + "-staff", "preferred_username", commune + ".someone"));
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(
                new SimpleGrantedAuthority(role.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune)), idToken, "preferred_username"));
    }

    private static RequestPostProcessor citizenOf(String commune) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", commune + "-citizen", "preferred_username", commune + ".citizen"));
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune)), idToken, "preferred_username"));
    }
}
