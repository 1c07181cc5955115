package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.RealServicesConfiguration;
import ma.mocharaka.portal.bodies.AdvisoryBodies;
import ma.mocharaka.portal.bodies.BodyKind;
import ma.mocharaka.portal.bodies.BodyView;
import ma.mocharaka.portal.bodies.MemberRole;
import ma.mocharaka.portal.budget.ParticipatoryBudget;
import ma.mocharaka.portal.consultations.ConsultationDraft;
import ma.mocharaka.portal.consultations.Consultations;
import ma.mocharaka.portal.consultations.DocumentKind;
import ma.mocharaka.portal.information.InformationRequests;
import ma.mocharaka.portal.petitions.PetitionFixtures;
import ma.mocharaka.portal.petitions.PetitionStatus;
import ma.mocharaka.portal.petitions.Petitions;
import ma.mocharaka.portal.surveys.Surveys;

/**
 * At 23:30 UTC it is already 00:30 the next day in Morocco. The server runs in UTC, yet every module must date things
 * by the commune's calendar, from the one platform clock: here that clock is fixed at such an instant. Its own small
 * context (no web server, a small pool), so the shared {@link PortalTest} context keeps the real clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"spring.datasource.hikari.maximum-pool-size=3", "logging.structured.format.console=ecs"})
@Import({RealServicesConfiguration.class, DemoCommunesForTests.class,
        MoroccanDateLateInTheUtcEveningTest.LateEveningInUtc.class})
class MoroccanDateLateInTheUtcEveningTest {

    static final Instant HALF_PAST_ELEVEN_UTC = Instant.parse("2025-10-14T23:30:00Z");
    static final LocalDate UTC_DAY = LocalDate.of(2025, 10, 14);
    static final LocalDate MOROCCAN_DAY = LocalDate.of(2025, 10, 15);

    @TestConfiguration(proxyBeanMethods = false)
    static class LateEveningInUtc {

        /** Replaces the platform's clock: a test-defined clock must win over the auto-configured one. */
        @Bean
        Clock lateEveningClock() {
            return Clock.fixed(HALF_PAST_ELEVEN_UTC, ZoneId.of("Africa/Casablanca"));
        }
    }

    @Autowired Clock clock;
    @Autowired Petitions petitions;
    @Autowired ParticipatoryBudget budget;
    @Autowired Surveys surveys;
    @Autowired InformationRequests information;
    @Autowired Consultations consultations;
    @Autowired AdvisoryBodies bodies;
    @Autowired CommuneRegistry registry;

    @Test
    void theFixedClockIsTheOneEveryModuleReads() {
        assertThat(clock.instant()).isEqualTo(HALF_PAST_ELEVEN_UTC);
        assertThat(LocalDate.ofInstant(HALF_PAST_ELEVEN_UTC, ZoneOffset.UTC)).as("the server's own date").isEqualTo(UTC_DAY);
        assertThat(List.of(petitions.today(), budget.today(), surveys.today(), information.today()))
                .containsOnly(MOROCCAN_DAY);
    }

    @Test
    void aPetitionStepDatedTodayInMoroccoIsAcceptedAndTomorrowIsStillRefused() {
        PetitionStatus status = inAzilal(() -> {
            long id = petitions.draft(PetitionFixtures.citizens(PetitionFixtures.uniqueTitle("Minuit")), "azilal.admin",
                    MOROCCAN_DAY).id();
            return petitions.openForSignatures(id, "azilal.admin", MOROCCAN_DAY).status();
        });
        assertThat(status).isEqualTo(PetitionStatus.COLLECTING);

        assertThatThrownBy(() -> inAzilal(() -> petitions.openForSignatures(
                petitions.draft(PetitionFixtures.citizens(PetitionFixtures.uniqueTitle("Demain")), "azilal.admin",
                        MOROCCAN_DAY).id(), "azilal.admin", MOROCCAN_DAY.plusDays(1))))
                .hasMessage("petition.error.date");
    }

    @Test
    void aConsultationOpeningTodayInMoroccoTakesContributionsAndATermEndedOnTheUtcDayNoLongerSits() {
        boolean open = inAzilal(() -> {
            long id = consultations.publish(new ConsultationDraft(DocumentKind.CHARTER,
                    LocalizedText.of("ميثاق منتصف الليل", "Charte de minuit", null, null),
                    LocalizedText.of("استشارة", "Consultation", null, null), MOROCCAN_DAY, MOROCCAN_DAY.plusDays(10),
                    List.of(new ConsultationDraft.Section(LocalizedText.of("الديباجة", "Préambule", null, null),
                            LocalizedText.of("نص", "Texte", null, null)))), "azilal.admin");
            return consultations.find(id, null).acceptingContributions();
        });
        assertThat(open).isTrue();

        BodyView body = inAzilal(() -> {
            long id = bodies.create(BodyKind.NEIGHBOURHOOD_COMMITTEE, LocalizedText.of("لجنة الحي", "Comité de minuit",
                    null, null), LocalizedText.of("تتبع", "Suivi", null, null), UTC_DAY.minusYears(1), "azilal.admin");
            bodies.addMember(id, "Ended yesterday in Morocco", MemberRole.MEMBER, UTC_DAY.minusYears(1), UTC_DAY,
                    "azilal.admin");
            bodies.addMember(id, "Ends today in Morocco", MemberRole.MEMBER, UTC_DAY.minusYears(1), MOROCCAN_DAY,
                    "azilal.admin");
            return bodies.find(id);
        });
        assertThat(body.members()).filteredOn(BodyView.Member::sitting).extracting(BodyView.Member::name)
                .containsExactly("Ends today in Morocco");
    }

    private <T> T inAzilal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("azilal").orElseThrow(), work);
    }
}
