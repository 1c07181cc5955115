package ma.mocharaka.portal.electoral;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ma.mocharaka.platform.files.SpreadsheetRows;
import ma.mocharaka.portal.residence.CinFingerprints;

/**
 * An electoral list read from CSV or XLSX: CIN, full name, and optionally birth year and neighbourhood. Each CIN is
 * fingerprinted as soon as its cell is read, so the clear number never leaves this class; the preview carries the
 * fingerprint and the name for staff to check, and the import keeps only the fingerprint and a name check.
 */
public final class ElectoralListFile {

    static final int MAX_ROWS = 60_000;

    enum Column { CIN, NAME, BIRTH_YEAR, NEIGHBOURHOOD }

    private static final Map<Column, List<String>> HEADERS = Map.of(
            Column.CIN, List.of("cin", "cnie", "n° cin", "numéro cin", "numero cin", "رقم البطاقة", "رقم البطاقة الوطنية", "ر.ب.و"),
            Column.NAME, List.of("name", "full name", "nom", "nom complet", "nom et prénom", "الاسم", "الاسم الكامل"),
            Column.BIRTH_YEAR, List.of("birth year", "année de naissance", "annee de naissance", "سنة الازدياد"),
            Column.NEIGHBOURHOOD, List.of("neighbourhood", "quartier", "الحي"));

    /** One row as staff should see it before importing; no CIN, only its last three characters. */
    public record Line(int number, String cinHash, String cinLast3, String name, Integer birthYear, String neighbourhood,
                List<Problem> problems) implements Serializable {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public record Problem(String code, String argument) implements Serializable {
    }

    public record Preview(List<Line> lines, List<Problem> fileProblems) implements Serializable {

        public boolean canImport() {
            return fileProblems.isEmpty() && !lines.isEmpty() && lines.stream().allMatch(Line::isValid);
        }

        public long invalidLines() {
            return lines.stream().filter(line -> !line.isValid()).count();
        }

        public List<Line> firstProblems(int limit) {
            return lines.stream().filter(line -> !line.isValid()).limit(limit).toList();
        }
    }

    private ElectoralListFile() {
    }

    /**
     * {@code fingerprint} turns a typed CIN into the commune's fingerprint; {@code thisYear}, the commune's current
     * year, is the latest birth year a line may give.
     */
    static Preview read(String filename, byte[] content, Function<String, CinFingerprints.Fingerprint> fingerprint,
                        int thisYear) {
        List<List<String>> rows;
        try {
            rows = SpreadsheetRows.read(filename, content, MAX_ROWS);
        } catch (IOException | RuntimeException e) {
            return new Preview(List.of(), List.of(new Problem("electoral.error.unreadable", filename)));
        }
        if (rows.size() < 2) {
            return new Preview(List.of(), List.of(new Problem("electoral.error.empty", filename)));
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
        List<Problem> fileProblems = new ArrayList<>();
        for (Column column : List.of(Column.CIN, Column.NAME)) {
            if (!columns.containsKey(column)) {
                fileProblems.add(new Problem("electoral.error.missingColumn", String.join(" / ", HEADERS.get(column))));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            fileProblems.add(new Problem("electoral.error.tooManyRows", String.valueOf(MAX_ROWS)));
        }
        if (!fileProblems.isEmpty()) {
            return new Preview(List.of(), fileProblems);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> firstRowOfCin = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Function<Column, String> cell = column -> {
                Integer index = columns.get(column);
                return index == null || index >= row.size() ? "" : row.get(index).strip();
            };
            List<Problem> problems = new ArrayList<>();
            String hash = null;
            String last3 = null;
            if (CinFingerprints.normalise(cell.apply(Column.CIN)).isEmpty()) {
                problems.add(new Problem("electoral.error.cin", ""));
            } else {
                CinFingerprints.Fingerprint cin = fingerprint.apply(cell.apply(Column.CIN));
                hash = cin.hash();
                last3 = cin.lastThree();
                Integer first = firstRowOfCin.putIfAbsent(hash, r + 1);
                if (first != null) {
                    problems.add(new Problem("electoral.error.duplicate", String.valueOf(first)));
                }
            }
            String name = cell.apply(Column.NAME);
            if (ElectorName.normalise(name).isEmpty() || name.length() > 160) {
                problems.add(new Problem("electoral.error.name", ""));
            }
            Integer birthYear = null;
            String year = cell.apply(Column.BIRTH_YEAR);
            if (!year.isEmpty()) {
                try {
                    birthYear = Integer.parseInt(year.replaceAll("\\.0+$", ""));
                } catch (NumberFormatException notANumber) {
                    birthYear = -1;
                }
                // Voters are 18 or older.
                if (birthYear < 1900 || birthYear > thisYear - 18) {
                    problems.add(new Problem("electoral.error.birthYear", year));
                    birthYear = null;
                }
            }
            String neighbourhood = cell.apply(Column.NEIGHBOURHOOD);
            if (neighbourhood.length() > 120) {
                problems.add(new Problem("electoral.error.neighbourhood", ""));
            }
            lines.add(new Line(r + 1, hash, last3, name, birthYear, neighbourhood.isEmpty() ? null : neighbourhood,
                    List.copyOf(problems)));
        }
        return new Preview(lines, List.of());
    }
}
