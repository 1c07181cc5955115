package ma.mocharaka.admin.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** The program office in a real Chromium, signed in through Keycloak: dashboard, reporting and review, exports. */
@AdminTest
class ProgramOfficeBrowserTest {

    private static Browser browser;

    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.forgetEverything();
    }

    @Test
    void aProgramAdminSeesTheMatrixOfTheSeededCommunesAndFiltersIt() {
        browser.open(AdminTest.BASE_URL + "/programs/tadafor?lang=ar");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/programs/tadafor");

        browser.find("#matrix tbody tr");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.findAll("#matrix tbody tr")).hasSize(13);
        // The matrix scrolls sideways: read the whole row, not only the part on screen.
        String demnat = browser.find("#matrix tr[data-commune=demnat]").getAttribute("textContent");
        assertThat(demnat).contains("دمنات", "جماعة شريكة", "10 / 10", "2025-02-06");
        assertThat(browser.find("#matrix tr[data-commune=oujda]").getAttribute("textContent")).contains("منجزة", "متأخرة");
        assertThat(browser.find("main").getText()).contains("مراحل متأخرة");
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('matrix-title').scrollIntoView()");
        browser.screenshot("program-office-matrix-ar");

        new Select(browser.find("#cohort")).selectByValue("PARTNER");
        browser.find("form.filters button").click();
        browser.waitForUrlContaining("cohort=PARTNER");
        assertThat(browser.findAll("#matrix tbody tr")).hasSize(1);

        browser.open(AdminTest.BASE_URL + "/programs/tadafor?region=Oriental&lang=fr");
        assertThat(browser.findAll("#matrix tbody tr")).extracting(row -> row.getAttribute("data-commune"))
                .containsExactlyInAnyOrder("oujda", "berkane", "jerada");
        browser.assertAccessible();

        browser.open(AdminTest.BASE_URL + "/programs/ised-bmk?lang=fr");
        assertThat(browser.find("main").getText()).contains("40", "500", "10 000", "6.5 %", "Cible atteinte");
        browser.assertAccessible();
        browser.screenshot("program-office-ised-fr");

        for (String page : new String[] {"/programs", "/programs/tadafor", "/activities", "/activities/new",
                "/programs/tadafor/steps", "/communes/beni-mellal/onboarding", "/communes/beni-mellal/activities",
                "/communes/demnat"}) {
            // Every page in Arabic (right to left) and French; the dashboard also in Amazigh and English below.
            for (String language : new String[] {"ar", "fr"}) {
                browser.open(AdminTest.BASE_URL + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(browser.html("lang")).isEqualTo(language);
                assertThat(browser.find("h1").getText()).isNotBlank().doesNotContain("??");
                assertThat(browser.find("main").getText()).doesNotContain("??");
                browser.assertAccessible();
            }
        }
        for (String language : new String[] {"zgh", "en"}) {
            browser.open(AdminTest.BASE_URL + "/programs/tadafor?lang=" + language);
            assertThat(browser.html("lang")).isEqualTo(language);
            assertThat(browser.find("main").getText()).doesNotContain("??");
            browser.assertAccessible();
        }
        browser.open(AdminTest.BASE_URL + "/communes/demnat/onboarding?lang=ar");
        Object donePoints = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                ((JavascriptExecutor) driver).executeScript(
                        "const c = window.Chart && Chart.getChart('timeline'); return c ? c.data.datasets[0].data.length : null"));
        assertThat(donePoints).as("Demnate's ten steps are drawn as done").isEqualTo(10L);
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('timeline-title').scrollIntoView()");
        browser.screenshot("program-office-timeline-ar");

        long sessionId = jdbc.sql("SELECT id FROM platform.activity WHERE title_fr = 'Formation : rédaction des pétitions'")
                .query(Long.class).single();
        long forum = jdbc.sql("SELECT id FROM platform.activity WHERE starts_on = '2025-02-15' AND kind = 'FORUM'")
                .query(Long.class).single();
        browser.open(AdminTest.BASE_URL + "/activities/" + forum + "?lang=ar");
        assertThat(browser.find("#agenda").getText()).contains("استقبال وتسجيل المشاركين", "انتخاب ممثلي الأحياء",
                "12:45 – 13:00");
        browser.assertAccessible();
        browser.open(AdminTest.BASE_URL + "/communes/beni-mellal?lang=fr");
        assertThat(browser.find("main").getText()).as("Beni Mellal takes part in two programs")
                .contains("Programme d’appui à la participation citoyenne", "Programme d’ouverture");

        browser.open(AdminTest.BASE_URL + "/activities/" + sessionId + "?lang=ar");
        assertThat(browser.find("#participants").getText()).contains("الجمعيات", "21", "غير محصى");
        assertThat(browser.find("main").getText()).contains("3 عرائض تمت صياغتها", "1 عرائض تم إيداعها");
        browser.assertAccessible();
        browser.screenshot("program-office-session-ar");
    }

    @Test
    void listsAreExportedAsCsvAndXlsxInTheReadersLanguage() throws Exception {
        browser.open(AdminTest.BASE_URL + "/programs?lang=fr");
        browser.signInToKeycloak("program.analyst", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/programs");

        String csv = new String(download("/programs/tadafor/matrix.csv?lang=fr"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFCommune,Région").contains("Demnate", "Commune partenaire",
                "Réalisée 2025-02-06");
        assertThat(csv.lines()).hasSize(14);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/activities/export.xlsx?lang=ar")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("العنوان بالعربية");
            boolean petitions = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ("Formation : rédaction des pétitions".equals(sheet.getRow(r).getCell(4).getStringCellValue())) {
                    petitions = true;
                    assertThat(sheet.getRow(r).getCell(7).getNumericCellValue()).isEqualTo(23d);
                    assertThat(sheet.getRow(r).getCell(12).getStringCellValue()).contains("3 عرائض تمت صياغتها");
                }
            }
            assertThat(petitions).isTrue();
        }
    }

    @Test
    void aFocalPointReportsAStepWithEvidenceAndTheOfficeValidatesIt() throws Exception {
        Path files = Files.createDirectories(Path.of("target", "evidence"));
        Path minutes = Files.write(files.resolve("pv-conseil-jeunes.pdf"),
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path disguised = Files.writeString(files.resolve("not-really.pdf"), "MZ this is no PDF");
        Path huge = files.resolve("scan-6mb.pdf");
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        Files.write(huge, big);

        browser.open(AdminTest.BASE_URL + "/communes/demnat/onboarding?lang=fr");
        browser.signInToKeycloak("bm.focal", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes/demnat/onboarding");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");

        browser.open(AdminTest.BASE_URL + "/communes/beni-mellal/onboarding?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        browser.find("li[data-step=bodies-created] a").click();
        new Select(browser.find("#status")).selectByValue("DONE");
        browser.find("#achievement").sendKeys("إحداث مجلس الشباب");
        browser.find("#evidence").sendKeys(minutes.toAbsolutePath().toString());
        submitAndWait("#submit-report");

        assertThat(browser.find("#actualOn-error").getText()).isEqualTo("المرحلة المنجزة تحتاج إلى تاريخ الإنجاز.");
        assertThat(browser.find("#evidence-error").getText()).contains("اختاروا الملفات من جديد");
        assertThat(browser.find("#achievement").getAttribute("value")).isEqualTo("إحداث مجلس الشباب");
        browser.assertAccessible();
        browser.screenshot("program-office-report-error-ar");

        setDate("actualOn", "2025-03-01");
        browser.find("#evidence").sendKeys(huge.toAbsolutePath().toString());
        submitAndWait("#submit-report");
        assertThat(browser.find("#evidence-error").getText()).contains("scan-6mb.pdf", "5");
        assertThat(browser.find("#actualOn").getAttribute("value")).isEqualTo("2025-03-01");

        browser.find("#evidence").sendKeys(disguised.toAbsolutePath().toString());
        submitAndWait("#submit-report");
        assertThat(browser.find("#evidence-error").getText()).contains("not-really.pdf", "PDF");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.onboarding_evidence").query(Long.class).single()).isZero();

        browser.find("#evidence").sendKeys(minutes.toAbsolutePath().toString());
        submitAndWait("#submit-report");
        backOnTheStepList();
        assertThat(browser.find("[role=status]").getText()).contains("إحداث هيئات المشاركة");
        assertThat(browser.find("li[data-step=bodies-created]").getText()).contains("منجزة", "في انتظار المصادقة",
                "2025-03-01", "pv-conseil-jeunes.pdf");
        assertThat(browser.findAll("#validate")).isEmpty();
        browser.assertAccessible();

        browser.forgetEverything();
        browser.open(AdminTest.BASE_URL + "/communes/beni-mellal/onboarding?lang=fr");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes/beni-mellal/onboarding");
        browser.find("li[data-step=bodies-created] a[href*='/onboarding/']:not([href*='evidence'])").click();
        String evidenceLink = browser.find("#evidence-files a").getAttribute("href");
        assertThat(new String(download(evidenceLink.substring(AdminTest.BASE_URL.length())), StandardCharsets.US_ASCII))
                .startsWith("%PDF-1.4");
        assertThat(browser.find("#review-title").getText()).isEqualTo("Examen de la déclaration");
        submitAndWait("#send-back");
        assertThat(browser.find("#review-error").getText())
                .isEqualTo("Écrivez un commentaire qui dit quoi corriger avant de renvoyer.");
        browser.assertAccessible();
        browser.find("#validate").click();
        backOnTheStepList();
        assertThat(browser.find("li[data-step=bodies-created]").getText()).contains("Réalisée", "Validée");
        browser.assertAccessible();
        browser.screenshot("program-office-validated-fr");

        assertThat(audit.recent("beni-mellal", 50))
                .anySatisfy(event -> {
                    assertThat(event.actor()).isEqualTo("bm.focal");
                    assertThat(event.action()).isEqualTo("onboarding.evidence");
                    assertThat(event.after()).contains("pv-conseil-jeunes.pdf");
                })
                .anySatisfy(event -> {
                    assertThat(event.actor()).isEqualTo("program.admin");
                    assertThat(event.action()).isEqualTo("onboarding.validate");
                    assertThat(event.target()).isEqualTo("tadafor/bodies-created");
                    assertThat(event.before()).contains("review=SUBMITTED");
                    assertThat(event.after()).contains("status=DONE", "review=VALIDATED");
                });
    }

    @Test
    void theOfficeRecordsASessionAndBadInputLosesNothing() {
        browser.open(AdminTest.BASE_URL + "/activities/new?lang=fr");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/activities/new");

        browser.find("#titleAr").sendKeys("تكوين حول الميزانية التشاركية");
        browser.find("#titleFr").sendKeys("Formation au budget participatif");
        setDate("startsOn", "2025-03-12");
        setDate("endsOn", "2025-03-10");
        browser.driver().findElement(By.cssSelector("input[value=demnat]")).click();
        browser.find("#participants3\\.total").sendKeys("20");
        browser.find("#participants3\\.women").sendKeys("25");
        submitAndWait("#save-activity");

        assertThat(browser.find("#endsOn-error").getText()).isEqualTo("La date de fin précède la date de début.");
        assertThat(browser.find("main").getText()).contains("Ce nombre dépasse le total de cette catégorie.");
        assertThat(browser.find("#titleAr").getAttribute("value")).isEqualTo("تكوين حول الميزانية التشاركية");
        assertThat(browser.find("#participants3\\.total").getAttribute("value")).isEqualTo("20");
        assertThat(browser.driver().findElement(By.cssSelector("input[value=demnat]")).isSelected()).isTrue();
        browser.assertAccessible();

        setDate("endsOn", "2025-03-13");
        browser.find("#participants3\\.women").clear();
        browser.find("#participants3\\.women").sendKeys("12");
        browser.find("#participants3\\.youth").sendKeys("8");
        browser.find("#participants3\\.disability").sendKeys("2");
        submitAndWait("#save-activity");
        browser.waitForUrlContaining("/activities/");
        assertThat(browser.find("h1").getText()).isEqualTo("Formation au budget participatif");
        assertThat(browser.find("#participants").getText()).contains("20", "12", "8", "2");
        browser.assertAccessible();

        // Other tests may import attendance for Demnate too: the expected shares come from what is stored.
        var counted = jdbc.sql("""
                SELECT sum(x.total) AS total, sum(x.women) AS women FROM platform.activity_participants x
                JOIN platform.activity_commune ac ON ac.activity_id = x.activity_id
                JOIN platform.commune c ON c.id = ac.commune_id
                WHERE c.slug = 'demnat' AND x.women IS NOT NULL AND x.youth IS NOT NULL AND x.disability IS NOT NULL""")
                .query((rs, row) -> new long[] {rs.getLong("total"), rs.getLong("women")}).single();
        String womenShare = java.text.NumberFormat.getInstance(java.util.Locale.FRENCH).format(
                java.math.BigDecimal.valueOf(counted[1] * 100).divide(java.math.BigDecimal.valueOf(counted[0]), 1,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros());
        browser.open(AdminTest.BASE_URL + "/communes/demnat/activities?lang=fr");
        assertThat(browser.find("main").getText()).contains("Femmes " + womenShare + " %",
                "sur " + counted[0] + " participantes", "Formation au budget participatif");
    }

    @Test
    void aProgramAdminEditsAProgramsStepTemplate() {
        browser.open(AdminTest.BASE_URL + "/programs/openness/steps?lang=fr");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/programs/openness/steps");
        browser.find("#template-steps > li");
        assertThat(browser.findAll("#template-steps > li")).hasSize(3);

        browser.find("#code").sendKeys("implementation");
        browser.find("#nameAr").sendKeys("منصة رقمية");
        submitAndWait("#add-step");
        assertThat(browser.find("#code-error").getText()).isEqualTo("Ce code est déjà utilisé dans ce programme.");
        assertThat(browser.find("#nameAr").getAttribute("value")).isEqualTo("منصة رقمية");
        assertThat(browser.find("#nameFr-error").getText()).isEqualTo("Ce champ est obligatoire.");
        browser.assertAccessible();

        browser.find("#code").clear();
        browser.find("#code").sendKeys("digital-platform");
        browser.find("#nameFr").sendKeys("Plateforme numérique");
        submitAndWait("#add-step");
        browser.waitForUrlContaining("/programs/openness/steps");
        assertThat(browser.findAll("#template-steps > li")).extracting(li -> li.getAttribute("data-step"))
                .containsExactly("openness-plan-drafted", "council-approval", "implementation", "digital-platform");

        browser.clickAndWaitForNextPage("li[data-step=digital-platform] form[action$='/move'] button");
        browser.find("#template-steps > li");
        assertThat(browser.findAll("#template-steps > li")).extracting(li -> li.getAttribute("data-step"))
                .containsExactly("openness-plan-drafted", "council-approval", "digital-platform", "implementation");
        browser.assertAccessible();

        browser.open(AdminTest.BASE_URL + "/programs/tadafor/steps?lang=fr");
        assertThat(browser.findAll("li[data-step=application] form[action$='/delete']"))
                .as("a step communes reported on cannot be removed").isEmpty();

        browser.open(AdminTest.BASE_URL + "/programs/openness/steps?lang=fr");
        browser.clickAndWaitForNextPage("li[data-step=digital-platform] form[action$='/delete'] button");
        browser.find("#template-steps > li");
        assertThat(browser.findAll("#template-steps > li")).hasSize(3);
        assertThat(audit.recent(null, 50)).extracting(AuditTrail.AuditEvent::action)
                .contains("template.add", "template.move", "template.remove");

        browser.open(AdminTest.BASE_URL + "/programs/openness?lang=fr");
        browser.find("#enrol-details summary").click();
        new Select(browser.find("#commune")).selectByValue("tiznit");
        setDate("joinedOn", "2023-05-01");
        browser.find("#focalPoint").sendKeys("Directeur des services communaux");
        submitAndWait("#enrol-commune");
        assertThat(browser.find("#joinedOn-error").getText())
                .isEqualTo("La date d’adhésion est hors de la période du programme (2024-01-01 – 2025-12-31).");
        assertThat(browser.find("#focalPoint").getAttribute("value")).isEqualTo("Directeur des services communaux");
        browser.assertAccessible();
        setDate("joinedOn", "2024-03-01");
        submitAndWait("#enrol-commune");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Tiznit est engagée dans le programme.");
        assertThat(browser.find("#matrix tr[data-commune=tiznit]").getAttribute("textContent"))
                .as("the openness program ended in 2025, so its undone steps are late").contains("En retard");

        browser.open(AdminTest.BASE_URL + "/communes/tiznit?lang=fr");
        assertThat(browser.find("main").getText()).contains("Commune pilote", "Commune partenaire", "sur candidature",
                "2024-03-01");
        browser.assertAccessible();
    }

    @Test
    void theOfficeImportsAnAttendanceSheetAfterAPreview() throws Exception {
        Path files = Files.createDirectories(Path.of("target", "attendance"));
        Path wrong = Files.writeString(files.resolve("presence-erreurs.csv"), """
                nom;commune;catégorie;sexe;jeune;handicap
                Fatima;Demnate;Associations;F;oui;non
                Omar;Atlantis;Associations;H;non;non
                """);
        Path right = files.resolve("presence.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("الحضور");
            String[][] rows = {{"الاسم", "الجماعة", "الفئة", "الجنس", "شاب", "إعاقة"},
                    {"فاطمة", "دمنات", "الجمعيات", "أنثى", "نعم", "لا"},
                    {"محمد", "دمنات", "الجمعيات", "ذكر", "لا", "نعم"},
                    {"خديجة", "دمنات", "المنتخبون", "أنثى", "لا", "لا"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(right)) {
                workbook.write(out);
            }
        }
        long sessionId = jdbc.sql("SELECT id FROM platform.activity WHERE title_fr = 'Visite d’échange à Agadir'")
                .query(Long.class).single();

        browser.open(AdminTest.BASE_URL + "/activities/" + sessionId + "?lang=fr");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/activities/" + sessionId);
        browser.find("#sheet").sendKeys(wrong.toAbsolutePath().toString());
        submitAndWait("#preview-sheet");
        assertThat(browser.find("#sheet-problems").getText()).contains("Rien n’a été enregistré", "1 ligne(s)");
        assertThat(browser.find("#lines tr[data-line='3']").getText())
                .contains("La commune « Atlantis » n’est pas dans le registre.");
        assertThat(browser.findAll("#confirm-import")).isEmpty();
        browser.assertAccessible();

        long forum = jdbc.sql("SELECT id FROM platform.activity WHERE starts_on = '2025-02-15' AND kind = 'FORUM'")
                .query(Long.class).single();
        browser.open(AdminTest.BASE_URL + "/activities/" + forum + "?lang=ar");
        assertThat(browser.find("#agenda").getText()).contains("استقبال وتسجيل المشاركين", "انتخاب ممثلي الأحياء",
                "12:45 – 13:00");
        browser.assertAccessible();
        browser.open(AdminTest.BASE_URL + "/communes/beni-mellal?lang=fr");
        assertThat(browser.find("main").getText()).as("Beni Mellal takes part in two programs")
                .contains("Programme d’appui à la participation citoyenne", "Programme d’ouverture");

        browser.open(AdminTest.BASE_URL + "/activities/" + sessionId + "?lang=ar");
        browser.find("#sheet").sendKeys(right.toAbsolutePath().toString());
        submitAndWait("#preview-sheet");
        assertThat(browser.find("#counts").getText()).contains("الجمعيات", "المنتخبون");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.activity_participants WHERE activity_id = ?")
                .param(sessionId).query(Long.class).single()).as("nothing saved before confirming").isZero();
        browser.assertAccessible();
        browser.screenshot("program-office-attendance-preview-ar");
        browser.find("#confirm-import").click();
        browser.waitForUrlContaining("/activities/" + sessionId);
        assertThat(browser.find("[role=status]").getText()).contains("3");
        assertThat(browser.find("#participants").getText()).contains("الجمعيات", "المنتخبون");
        assertThat(jdbc.sql("""
                SELECT total || '/' || women || '/' || youth || '/' || disability FROM platform.activity_participants
                WHERE activity_id = ? AND category = 'ASSOCIATIONS'""").param(sessionId).query(String.class).single())
                .isEqualTo("2/1/1/1");
    }

    @Test
    void aFocalPointDownloadsItsCommunesReportInArabicAndFrench() throws Exception {
        browser.open(AdminTest.BASE_URL + "/communes/demnat/onboarding?lang=ar");
        browser.signInToKeycloak("demnat.focal", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes/demnat/onboarding");
        String arabicReport = browser.find("#commune-report").getAttribute("href").substring(AdminTest.BASE_URL.length());

        byte[] arabicPdf = download(arabicReport);
        // Kept beside the screenshots so a person can look at the shaping.
        Files.write(Files.createDirectories(Path.of("target", "reports")).resolve("demnat-ar.pdf"), arabicPdf);
        String arabic = pdfText(arabicPdf);
        assertThat(arabic).contains("دمنات", "منجزة", "2025-02-06", "Agdain");
        String french = pdfText(download("/communes/demnat/report.pdf?lang=fr"));
        assertThat(french).contains("Rapport d’avancement : commune de Demnate", "Réalisée", "2025-02-06");
        assertThat(download("/communes/beni-mellal/report.pdf?lang=fr")).as("another commune's report")
                .asString(StandardCharsets.ISO_8859_1).doesNotStartWith("%PDF");
    }

    @Test
    void theOfficeDownloadsAProgramReport() throws Exception {
        browser.open(AdminTest.BASE_URL + "/programs/tadafor?lang=ar");
        browser.signInToKeycloak("program.analyst", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/programs/tadafor");
        String report = pdfText(download(browser.find("#program-report").getAttribute("href")
                .substring(AdminTest.BASE_URL.length())));

        assertThat(report).contains("تضافر", "بني ملال", "دمنات", "جماعة شريكة", "10 / 10");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /** Clicks a submit button and waits until the next page has replaced this one, so no old element is read. */
    private static void submitAndWait(String button) {
        browser.clickAndWaitForNextPage(button);
    }

    private static void backOnTheStepList() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.urlMatches(".*/communes/beni-mellal/onboarding([?#].*)?$"));
    }

    private static void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }

    private static byte[] download(String path) {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                  done(btoa(binary));
                });""", AdminTest.BASE_URL + path);
        return Base64.getDecoder().decode((String) base64);
    }
}
