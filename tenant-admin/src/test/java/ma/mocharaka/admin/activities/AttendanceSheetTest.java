package ma.mocharaka.admin.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneStatus;

/** Attendance sheets in CSV and XLSX: counts per category, and a precise problem for every bad line. */
class AttendanceSheetTest {

    private static final Commune DEMNAT = new Commune(3, "demnat", "commune_demnat", "دمنات", "Demnate", "ⴷⵎⵏⴰⵜ",
            "Demnate", "Béni Mellal-Khénifra", "Azilal", 33628, "URBAN", false, CommuneStatus.ACTIVE, null, null, 2, null);

    private static Optional<Commune> commune(String name) {
        return List.of("demnat", "دمنات", "demnate").contains(name.toLowerCase(Locale.ROOT)) ? Optional.of(DEMNAT)
                : Optional.empty();
    }

    private static Optional<Activity.Category> category(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "associations", "الجمعيات" -> Optional.of(Activity.Category.ASSOCIATIONS);
            case "élus" -> Optional.of(Activity.Category.ELECTED);
            default -> Optional.empty();
        };
    }

    @Test
    void aCsvSheetIsCountedByCategoryWithWomenYouthAndDisability() {
        String csv = """
                \uFEFFnom;commune;catégorie;sexe;jeune;handicap
                Fatima;Demnate;associations;F;oui;
                Ahmed;دمنات;الجمعيات;H;non;oui
                Khadija;demnat;élus;F;;

                """;
        AttendanceSheet.Preview preview = AttendanceSheet.read("presence.csv", csv.getBytes(StandardCharsets.UTF_8),
                AttendanceSheetTest::commune, AttendanceSheetTest::category, List.of("demnat"));

        assertThat(preview.canImport()).isTrue();
        assertThat(preview.lines()).hasSize(3);
        assertThat(preview.counts().get(Activity.Category.ASSOCIATIONS))
                .isEqualTo(new Activity.Participants(Activity.Category.ASSOCIATIONS, 2, 1, 1, 1));
        assertThat(preview.counts().get(Activity.Category.ELECTED))
                .isEqualTo(new Activity.Participants(Activity.Category.ELECTED, 1, 1, 0, 0));
    }

    @Test
    void everyBadLineSaysWhatIsWrongAndNothingCanBeImported() {
        String csv = """
                name,commune,category,gender,youth,disability
                A,Atlantis,associations,F,yes,no
                B,demnat,journalists,X,maybe,no
                C,demnat,associations,F,no,no
                """;
        AttendanceSheet.Preview preview = AttendanceSheet.read("sheet.csv", csv.getBytes(StandardCharsets.UTF_8),
                AttendanceSheetTest::commune, AttendanceSheetTest::category, List.of("demnat"));

        assertThat(preview.canImport()).isFalse();
        assertThat(preview.invalidLines()).isEqualTo(2);
        assertThat(preview.lines().get(0).problems()).extracting(AttendanceSheet.Problem::code)
                .containsExactly("attendance.error.unknownCommune");
        assertThat(preview.lines().get(0).number()).isEqualTo(2);
        assertThat(preview.lines().get(1).problems()).extracting(AttendanceSheet.Problem::code)
                .containsExactly("attendance.error.unknownCategory", "attendance.error.gender",
                        "attendance.error.yesNo");
        assertThat(preview.lines().get(2).isValid()).isTrue();
    }

    @Test
    void aCommuneOutsideTheSessionIsRefused() {
        String csv = "commune,category,gender\ndemnat,associations,F\n";
        AttendanceSheet.Preview preview = AttendanceSheet.read("sheet.csv", csv.getBytes(StandardCharsets.UTF_8),
                AttendanceSheetTest::commune, AttendanceSheetTest::category, List.of("beni-mellal"));

        assertThat(preview.lines().getFirst().problems()).extracting(AttendanceSheet.Problem::code)
                .containsExactly("attendance.error.communeNotInSession");
    }

    @Test
    void anXlsxSheetIsReadWithItsArabicHeaders() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("الحضور");
            String[][] rows = {{"الاسم", "الجماعة", "الفئة", "الجنس", "شاب", "إعاقة"},
                    {"فاطمة", "دمنات", "الجمعيات", "أنثى", "نعم", "لا"},
                    {"محمد", "دمنات", "الجمعيات", "ذكر", "1", "0"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        AttendanceSheet.Preview preview = AttendanceSheet.read("حضور.xlsx", xlsx, AttendanceSheetTest::commune,
                AttendanceSheetTest::category, List.of());

        assertThat(preview.canImport()).isTrue();
        assertThat(preview.counts().get(Activity.Category.ASSOCIATIONS))
                .isEqualTo(new Activity.Participants(Activity.Category.ASSOCIATIONS, 2, 1, 2, 0));
    }

    @Test
    void aSheetWithoutTheNeededColumnsOrThatIsNotASpreadsheetIsRefusedWhole() {
        AttendanceSheet.Preview missing = AttendanceSheet.read("sheet.csv", "name\nA\n".getBytes(StandardCharsets.UTF_8),
                AttendanceSheetTest::commune, AttendanceSheetTest::category, List.of());
        AttendanceSheet.Preview broken = AttendanceSheet.read("sheet.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8),
                AttendanceSheetTest::commune, AttendanceSheetTest::category, List.of());

        assertThat(missing.canImport()).isFalse();
        assertThat(missing.sheetProblems()).extracting(AttendanceSheet.Problem::argument)
                .containsExactly("commune / الجماعة", "category / catégorie / categorie / الفئة",
                        "gender / sexe / genre / الجنس");
        assertThat(broken.sheetProblems()).extracting(AttendanceSheet.Problem::code)
                .containsExactly("attendance.error.unreadable");
    }
}
