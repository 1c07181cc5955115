package ma.mocharaka.portal.surveys;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.mocharaka.platform.files.SpreadsheetRows;

/**
 * A spreadsheet of paper forms (CSV or XLSX, first sheet), one form per line under a header row: {@code q1},
 * {@code q2}... one column per question, then optional {@code date}, {@code consent}, {@code gender}, {@code age}
 * and {@code disability} columns (also recognised in French and Arabic). The template download writes exactly this.
 */
final class PaperFile {

    static final int MAX_ROWS = 5_000;

    enum Column { DATE, CONSENT, GENDER, AGE, DISABILITY }

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        for (String name : List.of("date", "التاريخ", "ⴰⵣⵎⵣ")) {
            HEADERS.put(name, Column.DATE);
        }
        for (String name : List.of("consent", "consentement", "الموافقة", "موافقة", "ⴰⵎⵓⵇⵇⵔ")) {
            HEADERS.put(name, Column.CONSENT);
        }
        for (String name : List.of("gender", "sexe", "genre", "الجنس", "ⴰⵏⴰⵡ")) {
            HEADERS.put(name, Column.GENDER);
        }
        for (String name : List.of("age", "âge", "age band", "tranche d'âge", "tranche d’âge", "العمر", "الفئة العمرية", "ⴰⵡⵜⵜⴰⵙ")) {
            HEADERS.put(name, Column.AGE);
        }
        for (String name : List.of("disability", "handicap", "إعاقة", "الإعاقة", "في وضعية إعاقة")) {
            HEADERS.put(name, Column.DISABILITY);
        }
    }

    /** The rows as typed, or the problems with the sheet as a whole (unreadable, missing columns, too long). */
    record Read(List<PaperForms.TypedRow> rows, List<PaperForms.Problem> sheetProblems) {
    }

    private PaperFile() {
    }

    static Read read(String filename, byte[] content, int questionCount) {
        List<List<String>> lines;
        try {
            lines = SpreadsheetRows.read(filename, content, MAX_ROWS);
        } catch (IOException | RuntimeException unreadable) {
            return new Read(List.of(), List.of(new PaperForms.Problem("surveys.import.error.unreadable", filename)));
        }
        if (lines.isEmpty()) {
            return new Read(List.of(), List.of(new PaperForms.Problem("surveys.import.error.empty", filename)));
        }
        List<String> header = lines.getFirst();
        Map<Column, Integer> columns = new HashMap<>();
        Integer[] questionColumns = new Integer[questionCount];
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i).strip().toLowerCase(Locale.ROOT);
            Column known = HEADERS.get(title);
            if (known != null) {
                columns.putIfAbsent(known, i);
                continue;
            }
            String number = title.replaceFirst("^(q|س|ⵙ)\\s*", "");
            if (number.matches("[0-9]{1,3}")) {
                int position = Integer.parseInt(number);
                if (position >= 1 && position <= questionCount && questionColumns[position - 1] == null) {
                    questionColumns[position - 1] = i;
                }
            }
        }
        List<PaperForms.Problem> problems = new ArrayList<>();
        for (int q = 0; q < questionCount; q++) {
            if (questionColumns[q] == null) {
                problems.add(new PaperForms.Problem("surveys.import.error.missingColumn", "q" + (q + 1)));
            }
        }
        if (lines.size() - 1 > MAX_ROWS) {
            problems.add(new PaperForms.Problem("surveys.import.error.tooManyRows", String.valueOf(MAX_ROWS)));
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<PaperForms.TypedRow> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            List<String> answers = new ArrayList<>();
            for (Integer column : questionColumns) {
                answers.add(cell(line, column));
            }
            rows.add(new PaperForms.TypedRow(r + 1, cell(line, columns.get(Column.DATE)), answers,
                    cell(line, columns.get(Column.CONSENT)), cell(line, columns.get(Column.GENDER)),
                    cell(line, columns.get(Column.AGE)), cell(line, columns.get(Column.DISABILITY))));
        }
        return new Read(rows, List.of());
    }

    private static String cell(List<String> line, Integer column) {
        return column == null || column >= line.size() || line.get(column) == null ? "" : line.get(column).strip();
    }
}
