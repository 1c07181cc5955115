package ma.mocharaka.portal.surveys;

import static ma.mocharaka.portal.surveys.SurveyFixtures.launched;
import static ma.mocharaka.portal.surveys.SurveyFixtures.row;
import static ma.mocharaka.portal.surveys.SurveyFixtures.uniqueTitle;
import static ma.mocharaka.portal.surveys.SurveyFixtures.validRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** The rules of satisfaction surveys on the real commune schema: windows, one signed answer, paper forms, results. */
@PortalTest
class SurveysTest {

    private static final String STAFF = "bm.staff";

    @Autowired Surveys surveys;
    @Autowired PaperImports imports;
    @Autowired SurveyPersonalData personalData;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void answersAreAcceptedOnlyInsideTheWindowAndTheQuestionsFreezeWhenItOpens() {
        inBeniMellal(() -> {
            LocalDate today = surveys.today();
            SurveyView upcoming = launched(surveys, uniqueTitle("À venir"), CommuneService.ROADS, Respondents.ANYONE,
                    today.plusDays(1), today.plusDays(10));
            SurveyView over = launched(surveys, uniqueTitle("Passée"), CommuneService.ROADS, Respondents.ANYONE,
                    today.minusDays(10), today.minusDays(1));
            SurveyView open = launched(surveys, uniqueTitle("Ouverte"), CommuneService.ROADS, Respondents.ANYONE,
                    today, today);
            assertThat(upcoming.phase()).isEqualTo(SurveyPhase.UPCOMING);
            assertThat(over.phase()).isEqualTo(SurveyPhase.CLOSED);
            assertThat(open.phase()).isEqualTo(SurveyPhase.OPEN);

            assertRefused(() -> surveys.answerOnline(upcoming.id(), score(upcoming, "4"), null, null), "surveys.error.notOpen");
            assertRefused(() -> surveys.answerOnline(over.id(), score(over, "4"), null, null), "surveys.error.notOpen");
            assertThat(surveys.answerOnline(open.id(), score(open, "4"), null, null)).isTrue();

            // Still editable before it opens, frozen once it has.
            surveys.addQuestion(upcoming.id(), textQuestion("Autre chose ?"), STAFF);
            assertRefused(() -> surveys.addQuestion(open.id(), textQuestion("Trop tard ?"), STAFF), "surveys.error.notEditable");
            assertRefused(() -> surveys.deleteQuestion(open.id(), open.questions().getFirst().id(), STAFF),
                    "surveys.error.notEditable");

            // Staff close early: from then on, nothing more is accepted online, and paper forms dated later neither.
            surveys.close(open.id(), STAFF);
            assertRefused(() -> surveys.answerOnline(open.id(), score(open, "5"), null, null), "surveys.error.notOpen");
            Surveys.PaperOutcome late = surveys.enterPaper(over.id(), List.of(
                    row(1, today.toString(), "3", "", "", "", "", "", ""),
                    row(2, today.minusDays(11).toString(), "3", "", "", "", "", "", ""),
                    row(3, today.minusDays(5).toString(), "3", "", "", "", "", "", "")), null, STAFF);
            assertThat(late.saved()).isFalse();
            assertThat(late.rows()).extracting(row -> row.problems().stream().map(PaperForms.Problem::code).toList())
                    .containsExactly(List.of("surveys.paper.error.dateOutsideWindow"),
                            List.of("surveys.paper.error.dateOutsideWindow"), List.of());
            assertThat(surveys.find(over.id()).responses()).isZero();
            assertThat(surveys.find(open.id()).responses()).isEqualTo(1);
            assertRefused(() -> surveys.enterPaper(upcoming.id(), validRows(1, today), null, STAFF),
                    "surveys.error.paperNotYet");
        });
    }

    @Test
    void oneVerifiedCitizenAnsweringAHundredTimesAtOnceLeavesExactlyOneSignedAnswer() throws Exception {
        Commune beniMellal = beniMellal();
        String username = "citizen-" + ThreadLocalRandom.current().nextInt(1_000_000);
        SurveyView survey = CurrentCommune.callAs(beniMellal, () -> {
            residence.verifyAtOffice("QS" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Nadia", username, STAFF);
            return launched(surveys, uniqueTitle("Concurrence"), CommuneService.CIVIL_STATUS,
                    Respondents.VERIFIED_RESIDENTS, surveys.today().minusDays(1), surveys.today().plusDays(1));
        });
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                String value = String.valueOf(1 + i % 5);
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return CurrentCommune.callAs(beniMellal,
                            () -> surveys.answerOnline(survey.id(), score(survey, value), null, username));
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            int stored = 0;
            for (Future<Boolean> attempt : attempts) {
                stored += attempt.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ?")
                .param(survey.id()).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_answer a JOIN commune_beni_mellal.survey_response r ON r.id = a.response_id WHERE r.survey_id = ?")
                .param(survey.id()).query(Long.class).single()).isEqualTo(1L);
        assertThat(CurrentCommune.callAs(beniMellal, () -> surveys.hasAnswered(survey.id(), username))).isTrue();
    }

    @Test
    void anAnonymousAnswerKeepsNoAccountAndASignedOnlySurveyRefusesIt() {
        inBeniMellal(() -> {
            String username = "anon-" + ThreadLocalRandom.current().nextInt(1_000_000);
            residence.verifyAtOffice("QA" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Omar", username, STAFF);
            SurveyView open = launched(surveys, uniqueTitle("Anonyme"), CommuneService.MARKETS, Respondents.ANYONE,
                    surveys.today(), surveys.today().plusDays(3));
            // The same verified person may answer anonymously (nothing links it to them) and once signed.
            assertThat(surveys.answerOnline(open.id(), score(open, "2"),
                    InclusionAnswers.given(Gender.WOMAN, AgeBand.FROM_36_TO_59, false), null)).isTrue();
            assertThat(surveys.answerOnline(open.id(), score(open, "3"), InclusionAnswers.declined(), username)).isTrue();
            assertThat(surveys.answerOnline(open.id(), score(open, "4"), null, username)).isFalse();
            List<Map<String, Object>> rows = jdbc.sql("""
                            SELECT signed, cin_hash, cin_last3, username, entered_by, gender, age_band, disability
                              FROM commune_beni_mellal.survey_response WHERE survey_id = ? ORDER BY id""")
                    .param(open.id()).query().listOfRows();
            assertThat(rows).hasSize(2);
            Map<String, Object> anonymous = rows.get(0);
            assertThat(anonymous.get("signed")).isEqualTo(false);
            assertThat(anonymous.get("cin_hash")).isNull();
            assertThat(anonymous.get("cin_last3")).isNull();
            assertThat(anonymous.get("username")).isNull();
            assertThat(anonymous.get("entered_by")).isNull();
            assertThat(anonymous.get("gender")).isEqualTo("WOMAN");
            assertThat(rows.get(1).get("username")).isEqualTo(username);
            assertThat(rows.get(1).get("gender")).as("declined: nothing kept").isNull();

            // Inclusion answers without consent are dropped, whatever was typed.
            SurveyView other = launched(surveys, uniqueTitle("Sans accord"), CommuneService.MARKETS, Respondents.ANYONE,
                    surveys.today(), surveys.today());
            surveys.answerOnline(other.id(), score(other, "5"), new InclusionAnswers(false, Gender.MAN, AgeBand.FROM_60, true), null);
            assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND gender IS NULL AND age_band IS NULL AND disability IS NULL")
                    .param(other.id()).query(Long.class).single()).isEqualTo(1L);

            SurveyView signedOnly = launched(surveys, uniqueTitle("Signée"), CommuneService.MARKETS,
                    Respondents.VERIFIED_RESIDENTS, surveys.today(), surveys.today());
            assertRefused(() -> surveys.answerOnline(signedOnly.id(), score(signedOnly, "4"), null, null),
                    "surveys.error.signedOnly");
            assertRefused(() -> surveys.answerOnline(signedOnly.id(), score(signedOnly, "4"), null, "not-verified-anyone"),
                    "surveys.error.notVerified");
            assertRefused(() -> surveys.answerOnline(open.id(), Map.of(), null, null), "surveys.error.noAnswer");
            assertRefused(() -> surveys.answerOnline(open.id(), score(open, "7"), null, null), "surveys.error.answer");
        });
    }

    @Test
    void paperFormsAreSavedAllOrNothingWithEveryRowsProblem() {
        inBeniMellal(() -> {
            LocalDate today = surveys.today();
            SurveyView survey = launched(surveys, uniqueTitle("Papier"), CommuneService.RECEPTION, Respondents.ANYONE,
                    today.minusDays(5), today.plusDays(5));
            List<PaperForms.TypedRow> rows = new ArrayList<>(List.of(
                    row(1, "", "5", "1", "Très bon accueil", "oui", "F", "2", "non"),
                    row(2, "", "٤", "Non", "", "", "", "", ""),
                    row(3, "", "6", "3", "", "", "F", "", ""),
                    row(4, "", "", "", "", "", "", "", ""),
                    row(5, "", "2", "", "", "o", "X", "9", "peut-être")));
            Surveys.PaperOutcome refused = surveys.enterPaper(survey.id(), rows, today, STAFF);
            assertThat(refused.saved()).isFalse();
            assertThat(refused.rows()).hasSize(4).as("the blank row 4 is skipped");
            assertThat(codes(refused.rows().get(0))).isEmpty();
            assertThat(codes(refused.rows().get(1))).as("Eastern Arabic digit and option label are read").isEmpty();
            assertThat(codes(refused.rows().get(2))).containsExactly("surveys.paper.error.scale",
                    "surveys.paper.error.choice", "surveys.paper.error.noConsent");
            assertThat(codes(refused.rows().get(3))).containsExactly("surveys.paper.error.gender",
                    "surveys.paper.error.ageBand", "surveys.paper.error.disability");
            assertThat(surveys.find(survey.id()).responses()).isZero();

            rows.set(2, row(3, "", "3", "2", "", "", "", "", ""));
            rows.set(4, row(5, "", "2", "", "", "o", "H", "4", "oui"));
            Surveys.PaperOutcome saved = surveys.enterPaper(survey.id(), rows, today, STAFF);
            assertThat(saved.stored()).isEqualTo(4);
            assertThat(surveys.find(survey.id()).responses()).isEqualTo(4);
            assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND channel = 'PAPER' AND entered_by = ? AND NOT signed")
                    .param(survey.id()).param(STAFF).query(Long.class).single()).isEqualTo(4L);
            assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE target = ? AND action = 'surveys.paper'")
                    .param("survey/" + survey.id()).query(Long.class).single()).isEqualTo(1L);
        });
    }

    @Test
    void twoThousandFormsImportFromCsvAfterAPreviewThatSavesNothing() {
        inBeniMellal(() -> {
            LocalDate today = surveys.today();
            SurveyView survey = launched(surveys, uniqueTitle("Import"), CommuneService.GREEN_SPACES, Respondents.ANYONE,
                    today.minusDays(30), today.plusDays(5));
            StringBuilder csv = new StringBuilder("\uFEFFq1;q2;q3;date;consent;gender;age;disability\n");
            for (int i = 1; i <= 2000; i++) {
                csv.append(1 + i % 5).append(';').append(i % 2 == 0 ? "Oui" : "2").append(';')
                        .append(i % 50 == 0 ? "\"Plus d’arbres; et de bancs\"" : "").append(';')
                        .append(today.minusDays(i % 30)).append(';')
                        .append(i % 4 == 0 ? "oui;F;2;non" : ";;;").append('\n');
            }
            MockMultipartFile file = new MockMultipartFile("file", "formulaires.csv", "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8));
            PaperImports.Preview preview = imports.preview(survey.id(), file, null, STAFF);
            assertThat(preview.sheetProblems()).isEmpty();
            assertThat(preview.rows()).hasSize(2000);
            assertThat(preview.canImport()).isTrue();
            assertThat(surveys.find(survey.id()).responses()).as("a preview saves no form").isZero();

            long started = System.nanoTime();
            Surveys.PaperOutcome outcome = imports.confirm(survey.id(), preview.fileId(), null, STAFF);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(outcome.stored()).isEqualTo(2000);
            assertThat(surveys.find(survey.id()).responses()).isEqualTo(2000);
            assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_answer a JOIN commune_beni_mellal.survey_response r ON r.id = a.response_id WHERE r.survey_id = ?")
                    .param(survey.id()).query(Long.class).single()).isEqualTo(4040L);
            assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.stored_file WHERE module = 'surveys-import' AND owner_id = ?")
                    .param(survey.id()).query(Long.class).single()).as("the file is not kept").isZero();
            // A few statements whatever the number of forms: generous bound for a shared 2-core test machine.
            assertThat(millis).as("2,000 forms stored in %d ms", millis).isLessThan(15_000);
            System.out.println("surveys: 2000 paper forms (4040 answers) stored in " + millis + " ms");
        });
    }

    @Test
    void anXlsxWithBadLinesShowsThemAndSavesNothing() throws Exception {
        Commune beniMellal = beniMellal();
        SurveyView survey = CurrentCommune.callAs(beniMellal, () -> launched(surveys, uniqueTitle("Xlsx"),
                CommuneService.PUBLIC_LIGHTING, Respondents.ANYONE, surveys.today().minusDays(3), surveys.today()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("forms");
            String[][] lines = {{"q1", "q2", "q3", "الجنس", "الموافقة"}, {"4", "1", "", "أنثى", "نعم"},
                    {"0", "1", "", "", ""}, {"5", "7", "", "", ""}};
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < lines[r].length; c++) {
                    row.createCell(c).setCellValue(lines[r][c]);
                }
            }
            workbook.write(out);
        }
        PaperImports.Preview preview = CurrentCommune.callAs(beniMellal, () -> imports.preview(survey.id(),
                new MockMultipartFile("file", "forms.xlsx", "application/octet-stream", out.toByteArray()),
                surveys.today(), STAFF));
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.fileId()).as("nothing kept for a sheet with errors").isNull();
        assertThat(preview.rows()).extracting(row -> row.typed().number()).containsExactly(2, 3, 4);
        assertThat(codes(preview.rows().get(1))).containsExactly("surveys.paper.error.scale");
        assertThat(codes(preview.rows().get(2))).containsExactly("surveys.paper.error.choice");
        assertThat(CurrentCommune.callAs(beniMellal, () -> surveys.find(survey.id()).responses())).isZero();

        PaperImports.Preview missing = CurrentCommune.callAs(beniMellal, () -> imports.preview(survey.id(),
                new MockMultipartFile("file", "forms.csv", "text/csv", "q1,q3\n4,\n".getBytes(StandardCharsets.UTF_8)),
                surveys.today(), STAFF));
        assertThat(missing.sheetProblems()).extracting(PaperForms.Problem::code, PaperForms.Problem::argument)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("surveys.import.error.missingColumn", "q2"));
        PaperImports.Preview notASheet = CurrentCommune.callAs(beniMellal, () -> imports.preview(survey.id(),
                new MockMultipartFile("file", "forms.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)),
                surveys.today(), STAFF));
        assertThat(notASheet.uploadProblem()).isEqualTo("files.error.type");
    }

    @Test
    void resultsMatchHandComputedMeansDistributionsAndBreakdowns() {
        inBeniMellal(() -> {
            // A month of its own (March 2011) so the facts view rows below belong to this test alone.
            LocalDate day = LocalDate.of(2011, 3, 15);
            SurveyView survey = launched(surveys, uniqueTitle("Résultats"), CommuneService.URBAN_PLANNING,
                    Respondents.ANYONE, LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 31));
            Surveys.PaperOutcome outcome = surveys.enterPaper(survey.id(), List.of(
                    row(1, "", "5", "1", "Plus de bancs", "oui", "F", "2", "non"),
                    row(2, "", "4", "2", "", "oui", "F", "2", "non"),
                    row(3, "", "2", "1", "", "oui", "M", "3", "oui"),
                    row(4, "", "3", "1", "", "", "", "", ""),
                    row(5, "", "1", "", "=HYPERLINK(\"x\")", "", "", "", "")), day, STAFF);
            assertThat(outcome.stored()).isEqualTo(5);

            SurveyResults results = surveys.results(survey.id());
            assertThat(results.responses()).isEqualTo(5);
            assertThat(results.paper()).isEqualTo(5);
            assertThat(results.online()).isZero();
            SurveyResults.QuestionResult scale = results.questions().get(0);
            assertThat(scale.overall().count()).isEqualTo(5);
            assertThat(scale.overall().mean()).isEqualTo(3.0);
            assertThat(scale.overall().counts()).containsExactly(1L, 1L, 1L, 1L, 1L);
            assertGroup(scale, SurveyResults.Dimension.GENDER, "WOMAN", 2, 4.5, 0L, 0L, 0L, 1L, 1L);
            assertGroup(scale, SurveyResults.Dimension.GENDER, "MAN", 1, 2.0, 0L, 1L, 0L, 0L, 0L);
            assertGroup(scale, SurveyResults.Dimension.GENDER, "NOT_GIVEN", 2, 2.0, 1L, 0L, 1L, 0L, 0L);
            assertGroup(scale, SurveyResults.Dimension.AGE_BAND, "FROM_18_TO_35", 2, 4.5, 0L, 0L, 0L, 1L, 1L);
            assertGroup(scale, SurveyResults.Dimension.AGE_BAND, "FROM_36_TO_59", 1, 2.0, 0L, 1L, 0L, 0L, 0L);
            assertGroup(scale, SurveyResults.Dimension.DISABILITY, "YES", 1, 2.0, 0L, 1L, 0L, 0L, 0L);
            assertGroup(scale, SurveyResults.Dimension.DISABILITY, "NO", 2, 4.5, 0L, 0L, 0L, 1L, 1L);
            assertThat(scale.groups()).extracting(SurveyResults.Group::value).doesNotContain("UNDER_18", "FROM_60");

            SurveyResults.QuestionResult choice = results.questions().get(1);
            assertThat(choice.overall().count()).isEqualTo(4);
            assertThat(choice.overall().mean()).isNull();
            assertThat(choice.overall().counts()).containsExactly(3L, 1L);
            assertGroup(choice, SurveyResults.Dimension.GENDER, "WOMAN", 2, null, 1L, 1L);
            assertGroup(choice, SurveyResults.Dimension.GENDER, "MAN", 1, null, 1L, 0L);
            assertGroup(choice, SurveyResults.Dimension.GENDER, "NOT_GIVEN", 1, null, 1L, 0L);

            SurveyResults.QuestionResult text = results.questions().get(2);
            assertThat(text.texts()).extracting(SurveyResults.TextAnswer::text)
                    .containsExactly("Plus de bancs", "=HYPERLINK(\"x\")");
            assertThat(results.respondents()).filteredOn(g -> g.dimension() == SurveyResults.Dimension.GENDER)
                    .extracting(SurveyResults.Group::value, SurveyResults.Group::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("WOMAN", 2L),
                            org.assertj.core.groups.Tuple.tuple("MAN", 1L),
                            org.assertj.core.groups.Tuple.tuple("NOT_GIVEN", 2L));

            // Moderation: hidden for everyone with its reason, still listed for staff.
            long hiddenId = text.texts().get(1).id();
            assertRefused(() -> surveys.hideText(survey.id(), hiddenId, " ", STAFF), "surveys.error.hideReason");
            surveys.hideText(survey.id(), hiddenId, "Lien publicitaire", STAFF);
            SurveyResults.TextAnswer forStaff = surveys.results(survey.id()).questions().get(2).texts().get(1);
            assertThat(forStaff.text()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(forStaff.hiddenReason()).isEqualTo("Lien publicitaire");
            assertThat(forStaff.hiddenBy()).isEqualTo(STAFF);

            // The survey closed long ago, so its results are public; groups under five answers are not shown.
            SurveyResults published = surveys.publicResults(survey.id());
            SurveyResults.TextAnswer forPublic = published.questions().get(2).texts().get(1);
            assertThat(forPublic.text()).isNull();
            assertThat(forPublic.hiddenReason()).isEqualTo("Lien publicitaire");
            assertThat(published.questions().get(0).overall().mean()).isEqualTo(3.0);
            assertThat(published.questions().get(0).groups()).allSatisfy(group -> {
                assertThat(group.suppressed()).isTrue();
                assertThat(group.mean()).isNull();
                assertThat(group.counts()).isNull();
            });

            // Analytics facts: exactly the three codes, the service as dimension, the month of the answers.
            List<Map<String, Object>> facts = jdbc.sql("""
                            SELECT indicator, dimension, month, amount FROM commune_beni_mellal.surveys_monthly_fact
                             WHERE month = DATE '2011-03-01' ORDER BY indicator""")
                    .query().listOfRows();
            assertThat(facts).extracting(row -> row.get("indicator"), row -> row.get("dimension"),
                            row -> ((BigDecimal) row.get("amount")).intValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("surveys.responses", "urban-planning", 5),
                            org.assertj.core.groups.Tuple.tuple("surveys.score.count", "urban-planning", 5),
                            org.assertj.core.groups.Tuple.tuple("surveys.score.sum", "urban-planning", 15));
        });
    }

    @Test
    void aCitizensSignedAnswersAreExportedAndErasureKeepsThemCounted() {
        inBeniMellal(() -> {
            String username = "privacy-" + ThreadLocalRandom.current().nextInt(1_000_000);
            residence.verifyAtOffice("QP" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Khadija", username, STAFF);
            SurveyView survey = launched(surveys, uniqueTitle("Vie privée"), CommuneService.CIVIL_STATUS,
                    Respondents.ANYONE, surveys.today(), surveys.today());
            Map<Long, String> answers = Map.of(survey.questions().get(0).id(), "4",
                    survey.questions().get(1).id(), String.valueOf(survey.questions().get(1).options().get(1).id()),
                    survey.questions().get(2).id(), "Merci");
            assertThat(surveys.answerOnline(survey.id(), answers, null, username)).isTrue();

            assertThat(personalData.section()).isEqualTo("surveys");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> exported = (List<Map<String, Object>>) personalData.export(username);
            assertThat(exported).hasSize(1);
            assertThat(exported.getFirst()).containsEntry("survey", survey.id()).containsEntry("service", "civil-status")
                    .containsKey("cinLast3");
            assertThat(exported.getFirst().get("answers").toString()).contains("Merci").contains("Non").contains("value=4");
            assertThat(exported.toString()).doesNotContain("cin_hash");

            personalData.erase(username);
            assertThat(personalData.export(username)).asList().isEmpty();
            assertThat(surveys.find(survey.id()).responses()).as("the answer still counts").isEqualTo(1);
            assertThat(surveys.results(survey.id()).questions().get(0).overall().mean()).isEqualTo(4.0);
            assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND username IS NULL AND cin_hash IS NULL AND cin_last3 IS NULL AND signed")
                    .param(survey.id()).query(Long.class).single()).isEqualTo(1L);
        });
    }

    @Test
    void buildingASurveyIsCheckedOrderedAndAudited() {
        inBeniMellal(() -> {
            LocalDate today = surveys.today();
            assertRefused(() -> surveys.create(SurveyFixtures.draft("x", null, Respondents.ANYONE, today, today), STAFF),
                    "surveys.error.service");
            assertRefused(() -> surveys.create(SurveyFixtures.draft("x", CommuneService.ROADS, Respondents.ANYONE,
                    today, today.minusDays(1)), STAFF), "surveys.error.windowOrder");
            long id = surveys.create(SurveyFixtures.draft(uniqueTitle("Ordre"), CommuneService.ROADS, Respondents.ANYONE,
                    today.plusDays(2), today.plusDays(9)), STAFF).id();
            assertRefused(() -> surveys.launch(id, STAFF), "surveys.error.noQuestions");
            assertRefused(() -> surveys.addQuestion(id, new QuestionForm(QuestionKind.CHOICE, null, "Choix ?", null, null,
                    null, "A\nB\nC", null, "A\nB"), STAFF), "surveys.error.optionsMismatch");
            assertRefused(() -> surveys.addQuestion(id, new QuestionForm(QuestionKind.CHOICE, null, "Choix ?", null, null,
                    null, "Seule", null, null), STAFF), "surveys.error.optionsCount");
            surveys.addQuestion(id, textQuestion("Premier"), STAFF);
            surveys.addQuestion(id, textQuestion("Deuxième"), STAFF);
            SurveyView three = surveys.addQuestion(id, new QuestionForm(QuestionKind.CHOICE, null, "Troisième", null,
                    "Third", null, "Oui\nNon", null, "Yes\nNo"), STAFF);
            long third = three.questions().get(2).id();
            surveys.moveQuestion(id, third, -1, STAFF);
            SurveyView moved = surveys.moveQuestion(id, third, -1, STAFF);
            assertThat(moved.questions()).extracting(q -> q.prompt().in("fr"))
                    .containsExactly("Troisième", "Premier", "Deuxième");
            assertThat(moved.questions()).extracting(SurveyView.QuestionView::position).containsExactly(1, 2, 3);
            assertThat(moved.questions().getFirst().options()).extracting(o -> o.label().in("en")).containsExactly("Yes", "No");
            SurveyView deleted = surveys.deleteQuestion(id, moved.questions().get(1).id(), STAFF);
            assertThat(deleted.questions()).extracting(q -> q.prompt().in("fr")).containsExactly("Troisième", "Deuxième");
            assertThat(deleted.questions()).extracting(SurveyView.QuestionView::position).containsExactly(1, 2);
            SurveyView launchedSurvey = surveys.launch(id, STAFF);
            assertThat(launchedSurvey.phase()).isEqualTo(SurveyPhase.UPCOMING);
            assertRefused(() -> surveys.launch(id, STAFF), "surveys.error.notDraft");
            assertRefused(() -> surveys.close(id, STAFF), "surveys.error.notOpen");
            assertRefused(() -> surveys.publishResults(id, STAFF), "surveys.error.nothingToPublish");
            assertThat(jdbc.sql("SELECT action FROM platform.audit_event WHERE target = ? ORDER BY id")
                    .param("survey/" + id).query(String.class).list())
                    .containsExactly("surveys.create", "surveys.question.add", "surveys.question.add",
                            "surveys.question.add", "surveys.question.move", "surveys.question.move",
                            "surveys.question.delete", "surveys.launch");
        });
    }

    private static List<String> codes(PaperForms.CheckedRow row) {
        return row.problems().stream().map(PaperForms.Problem::code).toList();
    }

    private static void assertGroup(SurveyResults.QuestionResult result, SurveyResults.Dimension dimension, String value,
                                    long count, Double mean, Long... counts) {
        SurveyResults.Group group = result.groups().stream()
                .filter(g -> g.dimension() == dimension && g.value().equals(value)).findFirst().orElseThrow();
        assertThat(group.count()).as(dimension + " " + value).isEqualTo(count);
        assertThat(group.mean()).as(dimension + " " + value).isEqualTo(mean);
        assertThat(group.counts()).as(dimension + " " + value).containsExactly(counts);
    }

    private static Map<Long, String> score(SurveyView survey, String value) {
        return Map.of(survey.questions().getFirst().id(), value);
    }

    private static QuestionForm textQuestion(String fr) {
        return new QuestionForm(QuestionKind.TEXT, null, fr, null, null, null, null, null, null);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SurveyRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    private Commune beniMellal() {
        return registry.findBySlug("beni-mellal").orElseThrow();
    }

    private void inBeniMellal(Runnable test) {
        CurrentCommune.runAs(beniMellal(), test);
    }
}
