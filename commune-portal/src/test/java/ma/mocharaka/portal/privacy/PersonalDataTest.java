package ma.mocharaka.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.consultations.Consultations;
import ma.mocharaka.portal.delegates.DelegateElections;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.petitions.Petitions;
import ma.mocharaka.portal.profiles.CitizenProfiles;
import ma.mocharaka.portal.profiles.ProfileForm;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * Law 09-08 rights on the real schemas and the real Keycloak: the export holds every module's part and nothing of
 * anyone else; erasure leaves every count as it was and the account nowhere in any commune schema nor in Keycloak.
 */
@PortalTest
class PersonalDataTest {

    @Autowired PersonalDataExport export;
    @Autowired AccountErasure erasure;
    @Autowired CitizenProfiles profiles;
    @Autowired ResidenceVerification residence;
    @Autowired Petitions petitions;
    @Autowired Forums forums;
    @Autowired DelegateElections elections;
    @Autowired Consultations consultations;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired Keycloak keycloak;

    Footprints footprints;

    @BeforeEach
    void footprints() {
        footprints = new Footprints(profiles, residence, petitions, forums, elections, consultations, registry, jdbc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsEveryModulesPartForEveryCommuneAndNothingOfAnotherPerson() {
        String first = Footprints.account("first");
        String second = Footprints.account("second");
        Footprints.Scene scene = footprints.twoCitizensTakingPart("beni-mellal", first, second);
        footprints.in("demnat", () -> {
            profiles.save(first, new ProfileForm("Demnate", "Agdain", false, null, null, null));
            return null;
        });

        Map<String, Object> data = export.of(first);

        Map<String, Map<String, Object>> communes = (Map<String, Map<String, Object>>) data.get("communes");
        assertThat(communes).containsOnlyKeys("beni-mellal", "demnat");
        assertThat(communes.get("beni-mellal"))
                .containsKeys("profile", "residence", "petitions", "forums", "consultations", "delegates");
        assertThat(communes.get("demnat")).containsOnlyKeys("profile");
        String written = json.writeValueAsString(data);
        assertThat(written)
                .contains("Quartier de " + first, "Nom de " + first, scene.firstText(), "Agdain", "Amina")
                .contains("\"petition\":" + scene.petition(), "\"forum\":" + scene.laterForum(),
                        "\"election\":" + scene.election())
                .doesNotContain(second, scene.secondText());
        // Never the card number: only what is kept of it, the last three characters, and not even the keyed hash.
        assertThat(written).doesNotContainPattern("[0-9a-f]{64}");
    }

    @Test
    void erasureKeepsEveryCountAndLeavesTheAccountInNoCommuneSchemaNorInKeycloak() {
        String first = Footprints.account("erased");
        String second = Footprints.account("stays");
        ThrowawayAccounts.create(keycloak, first);
        Footprints.Scene scene = footprints.twoCitizensTakingPart("beni-mellal", first, second);
        footprints.in("demnat", () -> {
            profiles.save(first, new ProfileForm("Demnate", null, false, null, null, null));
            return null;
        });
        Map<String, Long> before = counts(scene);

        erasure.erase(first);

        Map<String, Long> after = counts(scene);
        assertThat(after).isEqualTo(before);
        assertThat(laterRegistrations(scene)).as("the seat at a forum still to come is freed").isZero();
        assertThat(rowsMentioning(first)).as("columns still holding the erased account").isEmpty();
        assertThat(rowsMentioning("Nom de " + first)).as("the verified resident's name").isEmpty();
        assertThat(ThrowawayAccounts.exists(keycloak, first)).isFalse();
        // The other citizen keeps everything.
        assertThat(rowsMentioning(second)).isNotEmpty();
        assertThat(export.communesOf(second).get("beni-mellal"))
                .containsKeys("profile", "residence", "petitions", "forums", "consultations", "delegates");
        assertThat(export.communesOf(first)).isEmpty();
        // The second person's support of the erased proposal still counts, and the erased text is still there.
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.consultation_contribution WHERE body = ?")
                .params(scene.firstText()).query(Long.class).single()).isEqualTo(1);
        // The audit says an erasure happened, where and in which modules, never whose.
        List<String> audited = jdbc.sql("""
                        SELECT concat_ws(' ', actor, commune, action, target, before_state, after_state)
                          FROM platform.audit_event WHERE action LIKE 'privacy.%' ORDER BY id DESC LIMIT 3""")
                .query(String.class).list();
        assertThat(audited).anySatisfy(line -> assertThat(line).contains("beni-mellal", "privacy.erase", "petitions"));
        assertThat(audited).anySatisfy(line -> assertThat(line).contains("privacy.account-deleted", "deleted"));
        assertThat(String.join("\n", audited)).doesNotContain(first);

        // Erasing again is harmless: nothing left, account already gone.
        erasure.erase(first);
        assertThat(counts(scene)).isEqualTo(before);
    }

    private Map<String, Long> counts(Footprints.Scene scene) {
        String schema = "commune_beni_mellal";
        return Map.of(
                "signatures", count("SELECT count(*) FROM " + schema + ".petition_signature WHERE petition_id = ?", scene.petition()),
                "registrations", count("SELECT count(*) FROM " + schema + ".forum_registration WHERE forum_id = ?", scene.forum()),
                "attendance", count("SELECT count(*) FROM " + schema + ".forum_attendance WHERE forum_id = ?", scene.forum()),
                "ballots", count("SELECT count(*) FROM " + schema + ".delegate_ballot WHERE election_id = ?", scene.election()),
                "contributions", count("""
                        SELECT count(*) FROM %s.consultation_contribution k JOIN %s.consultation_section s ON s.id = k.section_id
                         WHERE s.consultation_id = ?""".formatted(schema, schema), scene.consultation()),
                "contributors", count("""
                        SELECT count(DISTINCT k.author) FROM %s.consultation_contribution k
                          JOIN %s.consultation_section s ON s.id = k.section_id WHERE s.consultation_id = ?"""
                        .formatted(schema, schema), scene.consultation()),
                "supports", count("""
                        SELECT count(*) FROM %s.consultation_support p JOIN %s.consultation_contribution k ON k.id = p.contribution_id
                          JOIN %s.consultation_section s ON s.id = k.section_id WHERE s.consultation_id = ?"""
                        .formatted(schema, schema, schema), scene.consultation()),
                "residents", count("SELECT count(*) FROM " + schema + ".verified_resident WHERE cin_hash IN "
                        + "(SELECT cin_hash FROM " + schema + ".petition_signature WHERE petition_id = ?)", scene.petition()));
    }

    private long laterRegistrations(Footprints.Scene scene) {
        return count("SELECT count(*) FROM commune_beni_mellal.forum_registration WHERE forum_id = ?", scene.laterForum());
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).params(id).query(Long.class).single();
    }

    /** Every text column of every table in every commune schema that holds the value, as "schema.table.column". */
    private List<String> rowsMentioning(String value) {
        return TextColumns.holding(jdbc, "commune\\_%", value);
    }
}
