package ma.mocharaka.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.forums.ForumView;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.forums.TestForums;
import ma.mocharaka.portal.inclusion.InclusionAnswers;
import ma.mocharaka.portal.petitions.PetitionFixtures;
import ma.mocharaka.portal.petitions.Petitions;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * The nightly purge run by hand at chosen instants, in Azilal (the demo commune other tests leave alone): nothing
 * moves before the period ends, everything expired is anonymised after, counts stay, the commune's own period
 * applies, and the purge is audited.
 */
@PortalTest
class RetentionTest {


    @Autowired RetentionPurge purge;
    @Autowired RetentionSettings settings;
    @Autowired Clock clock;
    @Autowired Forums forums;
    @Autowired Petitions petitions;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void forumRegistrationsAreUnlinkedOnlyOnceTheCommunesPeriodHasPassedAndStayCounted() {
        Commune azilal = registry.findBySlug("azilal").orElseThrow();
        String citizen = Footprints.account("retention");
        ForumView forum = TestForums.upcoming(forums, registry, "azilal");
        CurrentCommune.runAs(azilal, () -> {
            settings.save(Map.of("AUDIT_TRAIL", 60, "FORUM_REGISTRATIONS", 12, "PETITION_SIGNATURES", 24), "azilal.admin");
            forums.register(forum.id(), citizen);
            long number = forums.doorList(forum.id()).getFirst().number();
            forums.checkIn(forum.id(), Optional.of(number), InclusionAnswers.declined(), "azilal.admin");
        });
        // The forum was held a year and a month ago.
        LocalDateTime held = LocalDateTime.now(clock).minusMonths(13);
        jdbc.sql("UPDATE commune_azilal.forum SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(held, held.plusHours(3), forum.id()).update();
        Instant now = clock.instant();

        Map<String, Long> twoMonthsAgo = CurrentCommune.callAs(azilal, () -> purge.purgeCurrentCommune(now.minus(61, ChronoUnit.DAYS)));
        assertThat(twoMonthsAgo.get("FORUM_REGISTRATIONS")).isZero();
        assertThat(participants(forum.id())).containsExactly(citizen);

        Map<String, Long> today = CurrentCommune.callAs(azilal, () -> purge.purgeCurrentCommune(now));
        assertThat(today.get("FORUM_REGISTRATIONS")).isPositive();
        assertThat(participants(forum.id())).hasSize(1).allMatch(p -> p.startsWith(PersonalDataRows.ERASED_PREFIX));
        assertThat(jdbc.sql("SELECT count(*) FROM commune_azilal.forum_attendance WHERE forum_id = ?")
                .params(forum.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_event
                         WHERE commune = 'azilal' AND action = 'privacy.retention-purge' AND target = 'FORUM_REGISTRATIONS'""")
                .query(Long.class).single()).isPositive();

        // A second run the same night finds nothing left to do.
        assertThat(CurrentCommune.callAs(azilal, () -> purge.purgeCurrentCommune(now)).get("FORUM_REGISTRATIONS")).isZero();
    }

    @Test
    void aCommuneThatKeepsSignaturesLongerSeesThemAnonymisedOnlyAtTheEndOfItsOwnPeriod() {
        Commune azilal = registry.findBySlug("azilal").orElseThrow();
        String citizen = Footprints.account("signer");
        String cin = PetitionFixtures.randomCin();
        long petition = CurrentCommune.callAs(azilal, () -> {
            settings.save(Map.of("AUDIT_TRAIL", 60, "FORUM_REGISTRATIONS", 12, "PETITION_SIGNATURES", 36), "azilal.admin");
            residence.verifyAtOffice(cin, "Signataire", citizen, "azilal.admin");
            long id = petitions.openForSignatures(petitions.draft(PetitionFixtures.citizens(
                    PetitionFixtures.uniqueTitle("Conservation")), "azilal.admin", petitions.today()).id(),
                    "azilal.admin", petitions.today()).id();
            petitions.signOnline(id, citizen);
            return id;
        });
        // As if the bureau had found it inadmissible 30 months ago.
        jdbc.sql("UPDATE commune_azilal.petition SET status = 'REJECTED', admissibility_on = ? WHERE id = ?")
                .params(petitions.today().minusMonths(30), petition).update();
        Instant now = clock.instant();

        assertThat(CurrentCommune.callAs(azilal, () -> purge.purgeCurrentCommune(now)).get("PETITION_SIGNATURES")).isZero();
        assertThat(CurrentCommune.callAs(azilal, () -> petitions.hasSigned(petition, citizen))).isTrue();

        Instant sevenMonthsLater = now.plus(7 * 31, ChronoUnit.DAYS);
        assertThat(CurrentCommune.callAs(azilal, () -> purge.purgeCurrentCommune(sevenMonthsLater))
                .get("PETITION_SIGNATURES")).isPositive();
        assertThat(CurrentCommune.callAs(azilal, () -> petitions.hasSigned(petition, citizen))).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM commune_azilal.petition_signature WHERE petition_id = ? AND cin_last3 = '***'"
                        + " AND username IS NULL").params(petition).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_azilal.petition_signature WHERE petition_id = ?")
                .params(petition).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void periodsOutOfRangeAreRefusedAndNothingIsSaved() {
        Commune azilal = registry.findBySlug("azilal").orElseThrow();
        Map<String, String> errors = CurrentCommune.callAs(azilal, () -> settings.save(
                Map.of("AUDIT_TRAIL", 3, "FORUM_REGISTRATIONS", 500, "PETITION_SIGNATURES", 24), "azilal.admin"));
        assertThat(errors).containsOnlyKeys("AUDIT_TRAIL", "FORUM_REGISTRATIONS");
        assertThat(CurrentCommune.callAs(azilal, () -> settings.current()))
                .noneMatch(period -> period.months() == 3 || period.months() == 500);
    }

    private java.util.List<String> participants(long forumId) {
        return jdbc.sql("SELECT participant FROM commune_azilal.forum_registration WHERE forum_id = ?")
                .params(forumId).query(String.class).list();
    }
}
