package ma.mocharaka.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.RealServicesConfiguration;
import ma.mocharaka.platform.testsupport.TestCommunes;

/**
 * Write quotas on the portal's real endpoints, with limits small enough to reach in a test: 3 survey answers and 2
 * petition signatures per client per 10 minutes. Those limits are this class's own, so it runs in a context of its
 * own (on a random port, with a small pool, closed afterwards) and the shared {@code @PortalTest} context keeps the
 * production defaults. Addresses are from the documentation ranges (RFC 5737): MockMvc only sets them on the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mocharaka.quotas.survey-answer.capacity=3", "mocharaka.quotas.survey-answer.per=10m",
        "mocharaka.quotas.petition-signature.capacity=2", "mocharaka.quotas.petition-signature.per=10m",
        "spring.datasource.hikari.maximum-pool-size=4"})
@AutoConfigureMockMvc
@Import(RealServicesConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SurveyQuotaTest {

    /** Buckets live under this run's Redis namespace; a new address per test keeps the tests apart too. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static Browser browser;

    @Autowired MockMvc mvc;
    @Autowired Surveys surveys;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private SurveyView beniMellalSurvey;
    private SurveyView demnatSurvey;
    private String address;

    @BeforeEach
    void openSurveysInTwoCommunes() {
        Commune beniMellal = TestCommunes.active(registry, provisioning, "beni-mellal", "Béni Mellal", "بني ملال", 209_104);
        Commune demnat = TestCommunes.active(registry, provisioning, "demnat", "Demnate", "دمنات", 33_628);
        beniMellalSurvey = CurrentCommune.callAs(beniMellal, () -> SurveyFixtures.launched(surveys,
                SurveyFixtures.uniqueTitle("Quota"), CommuneService.RECEPTION, Respondents.ANYONE,
                surveys.today().minusDays(1), surveys.today().plusDays(10)));
        demnatSurvey = CurrentCommune.callAs(demnat, () -> SurveyFixtures.launched(surveys,
                SurveyFixtures.uniqueTitle("Quota"), CommuneService.RECEPTION, Respondents.ANYONE,
                surveys.today().minusDays(1), surveys.today().plusDays(10)));
        address = "192.0.2." + CLIENTS.incrementAndGet();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFourthAnonymousAnswerIsRefusedInArabicAndFrenchAndIsNotStored() throws Exception {
        for (int i = 1; i <= 3; i++) {
            answer("beni-mellal", beniMellalSurvey, "Réponse " + i, from(address)).andExpect(status().is3xxRedirection());
        }
        assertThat(responses("beni_mellal", beniMellalSurvey)).isEqualTo(3);

        String typed = "Des horaires plus clairs, s’il vous plaît " + UUID.randomUUID();
        String arabic = answer("beni-mellal", beniMellalSurvey, typed, from(address))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(arabic).contains("lang=\"ar\"").contains("dir=\"rtl\"")
                .contains("لم يتم حفظ ما أرسلتموه.")
                .contains("يمكنكم الإرسال من جديد بعد")
                .contains("إعادة الإرسال");
        // What was typed comes back in the form that sends it again, to the same address.
        assertThat(arabic).contains("value=\"" + typed + "\"")
                .contains("action=\"/c/beni-mellal/surveys/" + beniMellalSurvey.id() + "/responses\"");

        String french = answer("beni-mellal", beniMellalSurvey, typed, from(address), "fr")
                .andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(french).contains("lang=\"fr\"").contains("dir=\"ltr\"")
                .contains("Votre envoi n’a PAS été enregistré.")
                .contains("Vous pourrez renvoyer dans ")
                .contains("Renvoyer");

        assertThat(responses("beni_mellal", beniMellalSurvey)).as("the refused answers are not stored").isEqualTo(3);
    }

    @Test
    void theRefusalPagesLanguageLinksLeadToAPageThatExistsInTheChosenLanguage() throws Exception {
        for (int i = 1; i <= 3; i++) {
            answer("beni-mellal", beniMellalSurvey, "Réponse " + i, from(address)).andExpect(status().is3xxRedirection());
        }
        String formPage = "/c/beni-mellal/surveys/" + beniMellalSurvey.id();

        // From the survey's page (the browser says so in Referer): back to that page, in the language chosen.
        List<String> links = languageLinks(answer("beni-mellal", beniMellalSurvey, "Encore", from(address), "fr",
                "http://localhost" + formPage + "?lang=ar&x=1"));
        assertThat(links).hasSize(4);
        for (String link : links) {
            mvc.perform(get(link)).andExpect(status().isOk());
        }
        assertThat(links).containsExactlyInAnyOrder(formPage + "?x=1&lang=ar", formPage + "?x=1&lang=fr",
                formPage + "?x=1&lang=zgh", formPage + "?x=1&lang=en");
        String english = mvc.perform(get(formPage + "?x=1&lang=en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("lang=\"en\"");

        // Without a Referer, or with one from another site: to the commune's home.
        for (String referer : new String[] {null, "https://elsewhere.example/c/beni-mellal/surveys/1"}) {
            links = languageLinks(answer("beni-mellal", beniMellalSurvey, "Encore", from(address), "ar", referer));
            assertThat(links).hasSize(4).allSatisfy(link -> assertThat(link).startsWith("/c/beni-mellal/?lang="));
            for (String link : links) {
                mvc.perform(get(link)).andExpect(status().isOk());
            }
        }
    }

    /** The language links of a refusal page, resolved against the refused address as a browser would. */
    private static List<String> languageLinks(ResultActions refused) throws Exception {
        MvcResult result = refused.andExpect(status().isTooManyRequests()).andReturn();
        URI page = URI.create("http://localhost" + result.getRequest().getRequestURI());
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\"[^>]*hreflang=\"[a-z]+\"")
                .matcher(result.getResponse().getContentAsString());
        List<String> links = new ArrayList<>();
        while (link.find()) {
            String href = HtmlUtils.htmlUnescape(link.group(1));
            if (href.startsWith("?")) {
                // As a browser does (RFC 3986): java.net.URI would drop the page's last path segment here.
                links.add(page.getRawPath() + href);
                continue;
            }
            URI target = page.resolve(href);
            links.add(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
        }
        return links;
    }

    @Test
    void oneAddressUsingUpItsAnswersLeavesOtherAddressesAndOtherCommunesAlone() throws Exception {
        for (int i = 1; i <= 3; i++) {
            answer("beni-mellal", beniMellalSurvey, "Flot " + i, from(address)).andExpect(status().is3xxRedirection());
        }
        answer("beni-mellal", beniMellalSurvey, "Flot 4", from(address)).andExpect(status().isTooManyRequests());

        String neighbour = "198.51.100." + CLIENTS.get();
        answer("beni-mellal", beniMellalSurvey, "Voisin", from(neighbour)).andExpect(status().is3xxRedirection());
        answer("demnat", demnatSurvey, "Ailleurs", from(address)).andExpect(status().is3xxRedirection());

        assertThat(responses("beni_mellal", beniMellalSurvey)).isEqualTo(4);
        assertThat(responses("demnat", demnatSurvey)).isEqualTo(1);
    }

    @Test
    void theJsonApiGetsAProblemDetailInTheCallersLanguage() throws Exception {
        RequestPostProcessor citizen = jwt().jwt(token -> token.subject("quota-" + UUID.randomUUID()))
                .authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()));
        // No such petition: what is counted is the attempt, before the controller looks.
        String signatures = "/c/beni-mellal/api/petitions/" + Long.MAX_VALUE + "/signatures";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(signatures).with(citizen).with(from(address)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
        }
        mvc.perform(post(signatures).with(citizen).with(from(address)).header("Accept-Language", "fr"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.quota").value("petition-signature"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith(
                        "Trop d’envois en peu de temps : rien n’a été enregistré. Réessayez dans ")));
        mvc.perform(post(signatures).with(citizen).with(from(address)).header("Accept-Language", "ar"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("عدد كبير من الإرسالات في وقت قصير")));
    }

    @Test
    void inABrowserTheRefusalPageKeepsTheAnswerAndIsAccessibleInArabicAndFrench() {
        browser = browser == null ? new Browser() : browser;
        browser.forgetEverything();
        String page = "http://localhost:" + port + "/c/beni-mellal/surveys/" + beniMellalSurvey.id();
        long scale = beniMellalSurvey.questions().get(0).id();
        long text = beniMellalSurvey.questions().get(2).id();
        // This class is the only user of the browser's own address (127.0.0.1) in this context.
        for (int i = 1; i <= 3; i++) {
            browser.open(page + "?lang=ar");
            browser.find("#q" + scale + "-4").click();
            browser.clickAndWaitForNextPage("#send-answer");
            assertThat(browser.find("[role=status]").getText()).contains("شكرا لكم");
        }

        browser.open(page + "?lang=ar");
        browser.find("#q" + scale + "-5").click();
        browser.find("#q" + text + "-text").sendKeys("مواعيد أوضح من فضلكم");
        browser.clickAndWaitForNextPage("#send-answer");
        assertThat(browser.html("lang")).isEqualTo("ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("[role=alert]").getText()).contains("لم يتم حفظ ما أرسلتموه.");
        assertThat(browser.driver().findElements(By.cssSelector("form input[type=hidden]")))
                .anySatisfy(field -> assertThat(field.getAttribute("value")).isEqualTo("مواعيد أوضح من فضلكم"));
        browser.assertAccessible();
        browser.screenshot("quota-refused-ar");

        browser.open(page + "?lang=fr");
        browser.find("#q" + scale + "-5").click();
        browser.clickAndWaitForNextPage("#send-answer");
        assertThat(browser.html("lang")).isEqualTo("fr");
        assertThat(browser.find("[role=alert]").getText()).contains("Votre envoi n’a PAS été enregistré.");
        browser.assertAccessible();
        browser.screenshot("quota-refused-fr");

        // Sending again too early is refused again, with what was typed still there.
        browser.clickAndWaitForNextPage("#send-again");
        assertThat(browser.find("[role=alert]").getText()).contains("Votre envoi n’a PAS été enregistré.");
        assertThat(responses("beni_mellal", beniMellalSurvey)).isEqualTo(3);
    }

    private ResultActions answer(String commune, SurveyView survey, String text, RequestPostProcessor client)
            throws Exception {
        return answer(commune, survey, text, client, null);
    }

    private ResultActions answer(String commune, SurveyView survey, String text, RequestPostProcessor client,
                                 String language) throws Exception {
        return answer(commune, survey, text, client, language, null);
    }

    private ResultActions answer(String commune, SurveyView survey, String text, RequestPostProcessor client,
                                 String language, String referer) throws Exception {
        MockHttpServletRequestBuilder request = post("/c/" + commune + "/surveys/" + survey.id() + "/responses")
                .param("q" + survey.questions().get(0).id(), "4")
                .param("q" + survey.questions().get(2).id(), text)
                .with(client).with(csrf());
        if (language != null) {
            request = request.param("lang", language);
        }
        if (referer != null) {
            request = request.header("Referer", referer);
        }
        return mvc.perform(request);
    }

    private long responses(String schemaSuffix, SurveyView survey) {
        return jdbc.sql("SELECT count(*) FROM commune_" + schemaSuffix + ".survey_response WHERE survey_id = ?")
                .param(survey.id()).query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
