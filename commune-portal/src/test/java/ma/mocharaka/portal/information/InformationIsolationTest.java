package ma.mocharaka.portal.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;

/**
 * Every information endpoint, public and staff, seen from the wrong commune, by path (/c/{slug}/...) and by host
 * (demnat.localhost): Beni Mellal's requests, documents, holidays and publications are invisible from Demnate,
 * and other communes' staff cannot act on them.
 */
@PortalTest
class InformationIsolationTest {

    private static final List<String> STAFF_PAGES = List.of("", "/export.csv", "/new", "/{id}", "/{id}/documents/{file}",
            "/holidays", "/publications");
    private static final List<String> STAFF_WRITES = List.of("/new", "/{id}/extension", "/{id}/decision", "/holidays",
            "/holidays/{holiday}/delete", "/publications", "/publications/{publication}/delete");

    @Autowired MockMvc mvc;
    @Autowired InformationRequests requests;
    @Autowired WorkingCalendar calendar;
    @Autowired Publications publications;
    @Autowired CommuneRegistry registry;

    private String subject;
    private RequestView request;
    private long answered;
    private String answeredCode;
    private long answerFile;
    private long holiday;
    private Publications.PublicationView publication;

    @BeforeEach
    void beniMellalRecords() {
        subject = InformationFixtures.uniqueSubject("Isolement");
        CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), () -> {
            LocalDate today = requests.today();
            request = requests.file(InformationFixtures.form(subject), Channel.COUNTER, null, "bm.staff", today);
            RequestView other = requests.file(InformationFixtures.form(subject + " bis"), Channel.COUNTER, null, "bm.staff", today);
            RequestView done = requests.decide(other.id(), RequestStatus.ANSWERED, "Réponse", null,
                    List.of(new MockMultipartFile("documents", "reponse.pdf", "application/pdf", "%PDF-1.4\n".getBytes())),
                    "bm.staff", today);
            answered = done.id();
            answeredCode = done.trackingCode();
            answerFile = done.documents().getFirst().id();
            holiday = calendar.add(LocalDate.of(2030, 1, 1).plusDays(request.id()),
                    LocalizedText.of(null, "Fête locale " + subject, null, null), "LOCAL", "bm.admin").id();
            publication = publications.add(LocalizedText.of(null, "Publication " + subject, null, null),
                    PublicationCategory.REPORTS, today, null,
                    new MockMultipartFile("file", "rapport.pdf", "application/pdf", "%PDF-1.4\n".getBytes()), "bm.staff");
            return null;
        });
    }

    @Test
    void publicPagesOfDemnateNeverShowBeniMellalsRecords() throws Exception {
        String code = request.trackingCode();
        assertThat(body(get("/c/beni-mellal/information/requests/" + code + "?lang=fr"))).contains(subject)
                .doesNotContain("Fatima Zahra").doesNotContain("fz@example.org");
        expect404(get("/c/demnat/information/requests/" + code));
        assertThat(body(get("/c/demnat/information/track?code=" + code + "&lang=fr")))
                .contains("Aucune demande ne porte ce numéro").doesNotContain(subject);
        mvc.perform(get("/c/beni-mellal/information/track?code=" + code.toLowerCase()))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get("/c/beni-mellal/information/register?lang=fr"))).contains(subject).contains(code)
                .doesNotContain("Fatima Zahra").doesNotContain("fz@example.org");
        assertThat(body(get("/c/demnat/information/register?lang=fr"))).doesNotContain(subject).doesNotContain(code);
        mvc.perform(get("/c/beni-mellal/information/requests/" + answeredCode + "/documents/" + answerFile))
                .andExpect(status().isOk());
        expect404(get("/c/demnat/information/requests/" + answeredCode + "/documents/" + answerFile));
        expect404(get("/c/beni-mellal/information/requests/" + code + "/documents/" + answerFile));
        assertThat(body(get("/c/demnat/information/publications?lang=fr"))).doesNotContain(subject);
        assertThat(body(get("/c/beni-mellal/information/publications?lang=fr"))).contains(subject);
        long file = publication.documents().getFirst().id();
        mvc.perform(get("/c/beni-mellal/information/publications/" + publication.id() + "/files/" + file))
                .andExpect(status().isOk());
        expect404(get("/c/demnat/information/publications/" + publication.id() + "/files/" + file));
    }

    @Test
    void theCommuneNamedByTheHostIsTheOnlyOneServed() throws Exception {
        String code = request.trackingCode();
        RequestPostProcessor demnatHost = onHost("demnat.localhost");
        // The path names the commune first; a Demnate host never reveals Beni Mellal's records under Demnate's path.
        expect404(get("/c/demnat/information/requests/" + code).with(demnatHost));
        assertThat(body(get("/c/demnat/information/register?lang=fr").with(demnatHost))).doesNotContain(subject);
        // Demnate's staff on Demnate's host cannot reach Beni Mellal's request by its id, nor act on it.
        RequestPostProcessor demnatAdmin = staffOf("demnat", PlatformRole.COMMUNE_ADMIN);
        mvc.perform(get("/c/demnat/admin/information/" + request.id()).with(demnatAdmin).with(demnatHost))
                .andExpect(status().isNotFound());
        mvc.perform(post("/c/demnat/admin/information/" + request.id() + "/decision").param("outcome", "REFUSED")
                        .param("answer", "x").param("ground", "STATE_SECURITY").with(demnatAdmin).with(demnatHost).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/c/beni-mellal/admin/information/" + request.id()).with(demnatAdmin).with(demnatHost))
                .andExpect(status().isForbidden());
        RequestPostProcessor beniMellalHost = onHost("beni-mellal.localhost");
        mvc.perform(get("/c/demnat/admin/information/" + request.id()).with(demnatAdmin).with(beniMellalHost))
                .andExpect(status().isNotFound());
        assertStillOpen();
    }

    @Test
    void otherCommunesStaffAndCitizensAreRefusedEveryStaffPageAndAction() throws Exception {
        for (RequestPostProcessor outsider : List.of(staffOf("azilal", PlatformRole.COMMUNE_ADMIN),
                staffOf("demnat", PlatformRole.COMMUNE_STAFF), staffOf("beni-mellal", PlatformRole.CITIZEN))) {
            for (String page : STAFF_PAGES) {
                mvc.perform(get("/c/beni-mellal/admin/information" + fill(page)).with(outsider))
                        .andExpect(status().isForbidden());
            }
            for (String write : STAFF_WRITES) {
                mvc.perform(post("/c/beni-mellal/admin/information" + fill(write)).params(writeParams())
                                .with(outsider).with(csrf()))
                        .andExpect(status().isForbidden());
            }
        }
        assertStillOpen();
        assertThat(CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), () -> calendar.all()))
                .extracting(WorkingCalendar.HolidayView::id).contains(holiday);
    }

    @Test
    void theCalendarBelongsToTheCommuneAdministratorAndRequestsToItsStaff() throws Exception {
        RequestPostProcessor staff = staffOf("beni-mellal", PlatformRole.COMMUNE_STAFF);
        RequestPostProcessor admin = staffOf("beni-mellal", PlatformRole.COMMUNE_ADMIN);
        mvc.perform(get("/c/beni-mellal/admin/information/holidays").with(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/c/beni-mellal/admin/information/holidays/" + holiday + "/delete").with(staff).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/c/beni-mellal/admin/information/holidays").with(admin)).andExpect(status().isOk());
        assertThat(body(get("/c/beni-mellal/admin/information/" + request.id() + "?lang=fr").with(staff)))
                .contains(subject).contains("Fatima Zahra");
        MvcResult csv = mvc.perform(get("/c/beni-mellal/admin/information/export.csv?lang=fr").with(staff))
                .andExpect(status().isOk()).andReturn();
        String exported = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(exported).contains(request.trackingCode()).contains(subject).doesNotContain("Fatima Zahra")
                .doesNotContain("fz@example.org");
        assertThat(mvc.perform(get("/c/demnat/admin/information/export.csv").with(staffOf("demnat", PlatformRole.COMMUNE_STAFF)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(subject);
        mvc.perform(get("/c/beni-mellal/admin/information/" + answered + "/documents/" + answerFile).with(staff))
                .andExpect(status().isOk());
        mvc.perform(get("/c/demnat/admin/information/" + answered + "/documents/" + answerFile)
                        .with(staffOf("demnat", PlatformRole.COMMUNE_STAFF)))
                .andExpect(status().isNotFound());
    }

    @Test
    void filingOnlineNeedsASignedInCitizen() throws Exception {
        mvc.perform(get("/c/beni-mellal/information/request")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/c/beni-mellal/information/request").param("submissionKey", "k-" + subject)
                        .param("name", "x").param("email", "x@example.org").param("subject", subject + " anonyme")
                        .param("details", "x").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(),
                () -> requests.register(RegisterFilter.ALL))).noneMatch(r -> r.subject().equals(subject + " anonyme"));
    }

    private void assertStillOpen() {
        RequestView now = CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), () -> requests.find(request.id()));
        assertThat(now.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(now.history()).hasSize(1);
    }

    private String fill(String path) {
        return path.replace("{id}", "" + request.id()).replace("{file}", "" + answerFile)
                .replace("{holiday}", "" + holiday).replace("{publication}", "" + publication.id());
    }

    private static org.springframework.util.MultiValueMap<String, String> writeParams() {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        Map.of("outcome", "REFUSED", "answer", "x", "ground", "STATE_SECURITY", "reason", "x", "notified", "true",
                        "name", "x", "email", "x@example.org", "subject", "x", "details", "x", "submissionKey", "intruder")
                .forEach(params::add);
        params.add("day", "2027-07-01");
        params.add("kind", "LOCAL");
        params.add("namefr", "x");
        params.add("titlefr", "x");
        params.add("category", "OTHER");
        params.add("externalUrl", "https://example.org/");
        params.add("publishedOn", "2026-01-01");
        return params;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void expect404(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor onHost(String host) {
        return request -> {
            request.setServerName(host);
            request.addHeader("Host", host);
            return request;
        };
    }

    private static RequestPostProcessor staffOf(String commune, PlatformRole role) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", commune + "-" + role, "preferred_username", commune + ".someone"));
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(
                new SimpleGrantedAuthority(role.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune)), idToken, "preferred_username"));
    }
}
