package ma.mocharaka.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;

/** Every forum endpoint, web and API, answers for its own commune only. API calls carry real Keycloak tokens. */
@PortalTest
class ForumIsolationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Forums forums;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    MockMvc web;

    ForumFixtures fixtures;
    ForumView beniMellalForum;
    String title;

    @BeforeEach
    void aForumInBeniMellal() {
        fixtures = new ForumFixtures(forums, registry);
        beniMellalForum = fixtures.upcoming("beni-mellal", null);
        title = beniMellalForum.localizedTitle().in("fr");
    }

    @Test
    void publicReadsShowTheForumInItsCommuneOnly() throws Exception {
        for (String citizen : new String[] {"a", "b", "c"}) {
            fixtures.as("beni-mellal", () -> forums.register(beniMellalForum.id(), citizen));
        }
        assertThat(read("/c/beni-mellal/api/forums/" + beniMellalForum.id() + "/facts").body())
                .contains("\"registrations\":3");
        assertThat(read("/c/beni-mellal/api/forums").body()).contains(title);
        assertThat(read("/c/beni-mellal/api/forums/" + beniMellalForum.id()).body()).contains(title);
        assertThat(read("/c/beni-mellal/forums?lang=fr").body()).contains(title);
        assertThat(read("/c/beni-mellal/forums/" + beniMellalForum.id() + "?lang=fr").body()).contains(title);
        assertThat(read("/c/beni-mellal/?lang=fr").body()).contains(title);

        for (String other : new String[] {"demnat", "azilal"}) {
            assertThat(read("/c/" + other + "/api/forums").body()).doesNotContain(title);
            assertThat(read("/c/" + other + "/forums?lang=fr").body()).doesNotContain(title);
            assertThat(read("/c/" + other + "/?lang=fr").body()).doesNotContain(title);
            // Ids are per commune schema: the same number elsewhere is another forum or none, never this one.
            HttpResponse<String> sameId = read("/c/" + other + "/api/forums/" + beniMellalForum.id());
            assertThat(sameId.body()).doesNotContain(title);
            HttpResponse<String> facts = read("/c/" + other + "/api/forums/" + beniMellalForum.id() + "/facts");
            assertThat(facts.statusCode() == 404 || !facts.body().contains("\"registrations\":3"))
                    .as("another commune's facts for id %s: %s", beniMellalForum.id(), facts.body()).isTrue();
            assertThat(read("/c/" + other + "/forums/" + beniMellalForum.id() + "?lang=fr").body()).doesNotContain(title);
        }
        assertThat(read("/c/demnat/api/forums/987654").statusCode()).isEqualTo(404);
    }

    @Test
    void staffOfTheCommuneRecordAttendanceThroughTheApi() throws Exception {
        HttpResponse<String> response = checkInThroughApi("beni-mellal", token("bm.staff"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"outcome\":\"CHECKED_IN\"").contains("\"attendees\":1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"azilal.admin", "demnat.admin", "demnat.staff", "bm.citizen", "bm.focal", "program.admin"})
    void nobodyElseRecordsAttendanceInBeniMellal(String user) throws Exception {
        assertThat(checkInThroughApi("beni-mellal", token(user)).statusCode()).isEqualTo(403);
        assertThat(fixtures.as("beni-mellal", () -> forums.facts(beniMellalForum.id()).attendees())).isZero();
    }

    @Test
    void anonymousCallersAndAnotherCommunesAddressAreRefused() throws Exception {
        assertThat(checkInThroughApi("beni-mellal", null).statusCode()).isEqualTo(401);
        assertThat(checkInThroughApi("demnat", token("bm.admin")).statusCode()).isEqualTo(403);
        assertThat(fixtures.as("beni-mellal", () -> forums.facts(beniMellalForum.id()).attendees())).isZero();
    }

    @Test
    void theDoorPagesAreForTheCommunesOwnStaff() throws Exception {
        String door = "/c/beni-mellal/admin/forums/" + beniMellalForum.id() + "/door";
        String attendance = "/c/beni-mellal/admin/forums/" + beniMellalForum.id() + "/attendance";

        web.perform(get(door).with(staffOf("beni-mellal"))).andExpect(status().isOk());
        web.perform(get("/c/beni-mellal/admin/forums").with(staffOf("beni-mellal"))).andExpect(status().isOk());

        web.perform(get(door).with(staffOf("azilal"))).andExpect(status().isForbidden());
        web.perform(get("/c/beni-mellal/admin/forums").with(staffOf("demnat"))).andExpect(status().isForbidden());
        web.perform(post(attendance).with(staffOf("demnat")).with(csrf()).param("consent", "false"))
                .andExpect(status().isForbidden());
        web.perform(post(attendance).with(citizenOf("beni-mellal")).with(csrf()).param("consent", "false"))
                .andExpect(status().isForbidden());
        web.perform(post(attendance).with(staffOf("beni-mellal")).param("consent", "false"))
                .andExpect(status().isForbidden());
        assertThat(fixtures.as("beni-mellal", () -> forums.facts(beniMellalForum.id()).attendees())).isZero();

        web.perform(post(attendance).with(staffOf("beni-mellal")).with(csrf()).param("consent", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> forums.facts(beniMellalForum.id()).attendees())).isEqualTo(1);
    }

    @Test
    void registeringThroughAnotherCommunesAddressNeverTouchesThisForum() throws Exception {
        // Demnate may or may not have a forum with that number; either way Beni Mellal's forum is untouched.
        web.perform(post("/c/demnat/forums/" + beniMellalForum.id() + "/registration")
                        .with(citizenOf("demnat")).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 404));
        assertThat(fixtures.as("beni-mellal", () -> forums.isRegistered(beniMellalForum.id(), "someone"))).isFalse();

        web.perform(post("/c/beni-mellal/forums/" + beniMellalForum.id() + "/registration").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> forums.facts(beniMellalForum.id()).registrations())).isZero();

        web.perform(post("/c/beni-mellal/forums/" + beniMellalForum.id() + "/registration")
                        .with(citizenOf("beni-mellal")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> forums.isRegistered(beniMellalForum.id(), "someone"))).isTrue();
    }

    @Test
    void staffAnnounceAForumWithItsAgendaAndAnUnreadableLineIsRefusedWithTheTextKept() throws Exception {
        String title = "Forum des quartiers " + java.util.UUID.randomUUID();
        String agenda = "09:30-10:00 | استقبال وتسجيل المشاركين | Accueil des participants\n12:45-13:00 | انتخاب ممثلي الأحياء | Élection des représentants\n13:00 | اختتام اللقاء";
        var announce = post("/c/beni-mellal/admin/forums?lang=fr").with(csrf())
                .param("kind", "CITIZEN_FORUM").param("titleFr", title).param("placeFr", "Dar Chabab Maghreb Arabi")
                .param("day", "2030-02-15").param("startsAt", "09:30").param("endsAt", "13:00").param("capacity", "120");

        web.perform(announce.param("agenda", agenda).with(staffOf("demnat"))).andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/forums?lang=fr").with(csrf()).with(staffOf("beni-mellal"))
                        .param("kind", "CITIZEN_FORUM").param("titleFr", title).param("placeFr", "Dar Chabab")
                        .param("day", "2030-02-15").param("startsAt", "09:30").param("endsAt", "13:00")
                        .param("agenda", agenda + "\nvers midi | pause"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                        .contains("Une ligne du programme est illisible").contains("vers midi | pause").contains(title));
        assertThat(fixtures.as("beni-mellal", () -> forums.current())).noneMatch(f -> f.localizedTitle().in("fr").equals(title));

        web.perform(post("/c/beni-mellal/admin/forums?lang=fr").with(csrf()).with(staffOf("beni-mellal"))
                        .param("kind", "CITIZEN_FORUM").param("titleFr", title).param("placeFr", "Dar Chabab Maghreb Arabi")
                        .param("day", "2030-02-15").param("startsAt", "09:30").param("endsAt", "13:00").param("capacity", "120")
                        .param("agenda", agenda))
                .andExpect(status().is3xxRedirection());
        ForumView announced = fixtures.as("beni-mellal", () -> forums.current()).stream()
                .filter(f -> f.localizedTitle().in("fr").equals(title)).findFirst().orElseThrow();
        assertThat(announced.capacity()).isEqualTo(120);
        assertThat(announced.agenda()).hasSize(3);
        assertThat(announced.agenda().get(1).localizedTitle().in("ar")).isEqualTo("انتخاب ممثلي الأحياء");
        assertThat(announced.agenda().getLast().endsAt()).isNull();
        assertThat(fixtures.as("demnat", () -> forums.current())).noneMatch(f -> f.localizedTitle().in("fr").equals(title));
    }

    private static RequestPostProcessor staffOf(String commune) {
        return oidcLogin().idToken(token -> token.claim("preferred_username", "staff-of-" + commune))
                .authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                        new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizenOf(String commune) {
        return oidcLogin().idToken(token -> token.claim("sub", "someone"))
                .authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                        new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private HttpResponse<String> checkInThroughApi(String commune, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalTest.BASE_URL + "/c/" + commune
                        + "/api/forums/" + beniMellalForum.id() + "/attendance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"consent": true, "gender": "WOMAN", "ageBand": "FROM_18_TO_35"}"""));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> read(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PortalTest.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String user) {
        return KeycloakTestServer.passwordGrantToken(user, KeycloakTestServer.DEMO_PASSWORD);
    }
}
