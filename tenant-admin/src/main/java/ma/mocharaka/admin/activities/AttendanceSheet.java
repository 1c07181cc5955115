package ma.mocharaka.admin.activities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ma.mocharaka.platform.files.SpreadsheetRows;
import ma.mocharaka.platform.tenancy.Commune;

/**
 * An attendance sheet read from CSV or XLSX: one line per participant with commune, category, gender, youth and
 * disability. Names are only read to tell people apart in the preview; they are never stored, only the counts are.
 */
public final class AttendanceSheet {

    public static final int MAX_ROWS = 2_000;

    enum Column { NAME, COMMUNE, CATEGORY, GENDER, YOUTH, DISABILITY }

    private static final Map<Column, List<String>> HEADERS = Map.of(
            Column.NAME, List.of("name", "nom", "الاسم", "الاسم الكامل"),
            Column.COMMUNE, List.of("commune", "الجماعة"),
            Column.CATEGORY, List.of("category", "catégorie", "categorie", "الفئة"),
            Column.GENDER, List.of("gender", "sexe", "genre", "الجنس"),
            Column.YOUTH, List.of("youth", "jeune", "شاب"),
            Column.DISABILITY, List.of("disability", "handicap", "إعاقة", "في وضعية إعاقة"));

    /** One line as read, with what is wrong with it (message codes with their argument). */
    public record Line(int number, String name, String commune, String category, String gender, String youth,
                       String disability, Activity.Category parsedCategory, Boolean woman, Boolean young,
                       Boolean disabled, List<Problem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public record Problem(String code, String argument) {
    }

    public record Preview(List<Line> lines, List<Problem> sheetProblems, Map<Activity.Category, Activity.Participants> counts) {

        public boolean canImport() {
            return sheetProblems.isEmpty() && !lines.isEmpty() && lines.stream().allMatch(Line::isValid);
        }

        public long invalidLines() {
            return lines.stream().filter(line -> !line.isValid()).count();
        }
    }

    private AttendanceSheet() {
    }

    /**
     * Reads and checks every line. {@code communeOf} finds a commune by slug or name; {@code categoryOf} maps a
     * category as written (code or label in any language) to the category; allowed communes, when not empty,
     * are the session's communes.
     */
    public static Preview read(String filename, byte[] content, Function<String, Optional<Commune>> communeOf,
                               Function<String, Optional<Activity.Category>> categoryOf, List<String> allowedCommunes) {
        List<List<String>> rows;
        try {
            rows = SpreadsheetRows.read(filename, content, MAX_ROWS);
        } catch (IOException | RuntimeException e) {
            return new Preview(List.of(), List.of(new Problem("attendance.error.unreadable", filename)), Map.of());
        }
        if (rows.isEmpty()) {
            return new Preview(List.of(), List.of(new Problem("attendance.error.empty", filename)), Map.of());
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (Map.Entry<Column, List<String>> known : HEADERS.entrySet()) {
                if (known.getValue().contains(title)) {
                    columns.putIfAbsent(known.getKey(), i);
                }
            }
        }
        List<Problem> sheetProblems = new ArrayList<>();
        for (Column column : List.of(Column.COMMUNE, Column.CATEGORY, Column.GENDER)) {
            if (!columns.containsKey(column)) {
                sheetProblems.add(new Problem("attendance.error.missingColumn", String.join(" / ", HEADERS.get(column))));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            sheetProblems.add(new Problem("attendance.error.tooManyRows", String.valueOf(MAX_ROWS)));
        }
        if (!sheetProblems.isEmpty()) {
            return new Preview(List.of(), sheetProblems, Map.of());
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(line(r + 1, row, columns, communeOf, categoryOf, allowedCommunes));
        }
        return new Preview(lines, sheetProblems, count(lines));
    }

    private static Line line(int number, List<String> row, Map<Column, Integer> columns,
                             Function<String, Optional<Commune>> communeOf,
                             Function<String, Optional<Activity.Category>> categoryOf, List<String> allowedCommunes) {
        Function<Column, String> cell = column -> {
            Integer index = columns.get(column);
            return index == null || index >= row.size() ? "" : row.get(index).strip();
        };
        List<Problem> problems = new ArrayList<>();
        String commune = cell.apply(Column.COMMUNE);
        Optional<Commune> found = commune.isEmpty() ? Optional.empty() : communeOf.apply(commune);
        if (found.isEmpty()) {
            problems.add(new Problem("attendance.error.unknownCommune", commune));
        } else if (!allowedCommunes.isEmpty() && !allowedCommunes.contains(found.get().slug())) {
            problems.add(new Problem("attendance.error.communeNotInSession", commune));
        }
        String category = cell.apply(Column.CATEGORY);
        Optional<Activity.Category> parsedCategory = categoryOf.apply(category);
        if (parsedCategory.isEmpty()) {
            problems.add(new Problem("attendance.error.unknownCategory", category));
        }
        String gender = cell.apply(Column.GENDER);
        Boolean woman = switch (gender.toLowerCase(Locale.ROOT)) {
            case "f", "femme", "female", "woman", "أنثى", "انثى", "امرأة", "ⵜⴰⵎⵖⴰⵔⵜ" -> true;
            case "m", "h", "homme", "male", "man", "ذكر", "رجل", "ⴰⵔⴳⴰⵣ" -> false;
            default -> null;
        };
        if (woman == null) {
            problems.add(new Problem("attendance.error.gender", gender));
        }
        String youth = cell.apply(Column.YOUTH);
        Boolean young = yesNo(youth);
        if (young == null) {
            problems.add(new Problem("attendance.error.yesNo", youth));
        }
        String disability = cell.apply(Column.DISABILITY);
        Boolean disabled = yesNo(disability);
        if (disabled == null) {
            problems.add(new Problem("attendance.error.yesNo", disability));
        }
        return new Line(number, cell.apply(Column.NAME), commune, category, gender, youth, disability,
                parsedCategory.orElse(null), woman, young, disabled, problems);
    }

    /** An empty cell means no: a sheet marks who is young or has a disability, not who is not. */
    private static Boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "non", "no", "n", "0", "لا" -> false;
            case "oui", "yes", "y", "o", "1", "x", "نعم" -> true;
            default -> null;
        };
    }

    private static Map<Activity.Category, Activity.Participants> count(List<Line> lines) {
        Map<Activity.Category, int[]> sums = new EnumMap<>(Activity.Category.class);
        for (Line line : lines) {
            if (!line.isValid()) {
                continue;
            }
            int[] sum = sums.computeIfAbsent(line.parsedCategory(), c -> new int[4]);
            sum[0]++;
            sum[1] += line.woman() ? 1 : 0;
            sum[2] += line.young() ? 1 : 0;
            sum[3] += line.disabled() ? 1 : 0;
        }
        Map<Activity.Category, Activity.Participants> counts = new EnumMap<>(Activity.Category.class);
        sums.forEach((category, sum) -> counts.put(category,
                new Activity.Participants(category, sum[0], sum[1], sum[2], sum[3])));
        return counts;
    }
}
