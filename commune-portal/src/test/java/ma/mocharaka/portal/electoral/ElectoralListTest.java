package ma.mocharaka.portal.electoral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.petitions.PetitionFixtures;
import ma.mocharaka.portal.privacy.PersonalDataExport;
import ma.mocharaka.portal.privacy.TextColumns;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * The electoral list in Azilal on the real schema: row-level problems before anything is saved, no clear CIN in any
 * table afterwards, and citizens matching themselves (with typing variations) into verified residents, a few tries
 * a day, one record per person under concurrency.
 */
@PortalTest
class ElectoralListTest {

    @Autowired ElectoralLists lists;
    @Autowired ResidenceVerification residence;
    @Autowired PersonalDataExport export;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsSaved() {
        String cin = PetitionFixtures.randomCin();
        String csv = """
                CIN;Nom complet;Année de naissance;Quartier
                %s;Fatima Zahra Alaoui;1985;Hay Al Amal
                12AB;Mohamed Idrissi;1970;
                %s;Khadija Bennani;1990;
                %s;;1990;
                %s;Youssef Amrani;2020;
                """.formatted(cin, cin, PetitionFixtures.randomCin(), PetitionFixtures.randomCin());
        long before = inAzilal(() -> lists.size());

        ElectoralListFile.Preview preview = inAzilal(() -> lists.preview("liste.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.canImport()).isFalse();
        assertThat(preview.lines()).hasSize(5);
        assertThat(preview.lines().get(0).problems()).isEmpty();
        assertThat(preview.lines().get(1).problems()).extracting(ElectoralListFile.Problem::code).containsExactly("electoral.error.cin");
        assertThat(preview.lines().get(2).problems()).containsExactly(new ElectoralListFile.Problem("electoral.error.duplicate", "2"));
        assertThat(preview.lines().get(3).problems()).extracting(ElectoralListFile.Problem::code).containsExactly("electoral.error.name");
        assertThat(preview.lines().get(4).problems()).extracting(ElectoralListFile.Problem::code).containsExactly("electoral.error.birthYear");
        assertThat(inAzilal(() -> lists.size())).isEqualTo(before);

        ElectoralListFile.Preview noCinColumn = inAzilal(() -> lists.preview("liste.csv",
                "Nom;Quartier\nA;B\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(noCinColumn.fileProblems()).extracting(ElectoralListFile.Problem::code).containsExactly("electoral.error.missingColumn");
        assertThat(inAzilal(() -> lists.preview("liste.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))).fileProblems())
                .extracting(ElectoralListFile.Problem::code).containsExactly("files.error.type");
    }

    @Test
    void anImportedXlsxLeavesNoClearCinAnywhereAndCitizensMatchThemselves() throws Exception {
        List<String> cins = List.of(PetitionFixtures.randomCin(), PetitionFixtures.randomCin(), PetitionFixtures.randomCin());
        byte[] xlsx = workbook(List.of(
                List.of("CIN", "الاسم الكامل", "سنة الازدياد", "الحي"),
                List.of(cins.get(0), "فاطمة الزهراء العلوي", "1985", "حي الأمل"),
                List.of(cins.get(1), "Mohamed Idrissi", "", ""),
                List.of(cins.get(2), "Khadija Bennani", "1990", "Agdal")));
        ElectoralListFile.Preview preview = inAzilal(() -> lists.preview("liste.xlsx", xlsx));
        assertThat(preview.canImport()).as("%s", preview).isTrue();

        assertThat(inAzilal(() -> lists.replace(preview, "azilal.admin"))).isEqualTo(3);
        assertThat(inAzilal(() -> lists.size())).isEqualTo(3);
        for (String cin : cins) {
            assertThat(TextColumns.holding(jdbc, "commune\\_%", cin)).as("clear CIN %s", cin).isEmpty();
            assertThat(TextColumns.holding(jdbc, "platform", cin)).as("clear CIN %s", cin).isEmpty();
        }
        assertThat(TextColumns.holding(jdbc, "commune\\_%", "Khadija Bennani")).as("names are not stored").isEmpty();

        // Lower case with a space, family name first: still the same person.
        String citizen = "elector-" + UUID.randomUUID().toString().substring(0, 8);
        String typedCin = cins.get(0).substring(0, 1).toLowerCase() + " " + cins.get(0).substring(1);
        assertThat(inAzilal(() -> lists.match(citizen, typedCin, "العلوي فاطمة الزهراء"))).isEqualTo(ElectoralLists.MatchOutcome.VERIFIED);
        assertThat(inAzilal(() -> residence.fingerprintOf(citizen))).isPresent();
        assertThat(jdbc.sql("SELECT method FROM commune_azilal.verified_resident WHERE username = ?").params(citizen)
                .query(String.class).single()).isEqualTo("ELECTORAL_LIST");

        // The same card cannot be claimed by another account.
        assertThat(inAzilal(() -> lists.match("someone-else-" + citizen, cins.get(0), "فاطمة الزهراء العلوي")))
                .isEqualTo(ElectoralLists.MatchOutcome.CONFLICT);
    }

    @Test
    void aWrongNameCountsAsATryAndFiveTriesADayIsTheLimit() throws Exception {
        String cin = PetitionFixtures.randomCin();
        byte[] csv = ("CIN,Name\n" + cin + ",Rachid Tazi\n" + PetitionFixtures.randomCin() + ",Amina Berrada\n")
                .getBytes(StandardCharsets.UTF_8);
        inAzilal(() -> lists.replace(lists.preview("list.csv", csv), "azilal.admin"));
        String citizen = "prober-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(inAzilal(() -> lists.match(citizen, "nonsense", "Rachid Tazi"))).isEqualTo(ElectoralLists.MatchOutcome.INVALID_CIN);
        for (int i = 0; i < ElectoralLists.ATTEMPTS_PER_DAY; i++) {
            assertThat(inAzilal(() -> lists.match(citizen, PetitionFixtures.randomCin(), "Rachid Tazi")))
                    .isEqualTo(ElectoralLists.MatchOutcome.NO_MATCH);
        }
        assertThat(inAzilal(() -> lists.match(citizen, cin, "Rachid Tazi"))).isEqualTo(ElectoralLists.MatchOutcome.TOO_MANY_ATTEMPTS);
        assertThat(inAzilal(() -> residence.fingerprintOf(citizen))).isEmpty();
        assertThat(export.of(citizen).toString()).contains("failedMatchAttempts");

        // A hundred simultaneous correct tries by another citizen leave one verified resident.
        String eager = "eager-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<ElectoralLists.MatchOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                outcomes.add(pool.submit(() -> inAzilal(() -> lists.match(eager, cin, "Tazi Rachid"))));
            }
            for (Future<ElectoralLists.MatchOutcome> outcome : outcomes) {
                assertThat(outcome.get()).isIn(ElectoralLists.MatchOutcome.VERIFIED, ElectoralLists.MatchOutcome.CONFLICT);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM commune_azilal.verified_resident WHERE username = ?").params(eager)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Liste");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.matches("\\d{4}")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private <T> T inAzilal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("azilal").orElseThrow(), work);
    }
}
