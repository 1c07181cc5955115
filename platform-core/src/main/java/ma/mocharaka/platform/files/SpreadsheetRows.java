package ma.mocharaka.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The rows of an uploaded sheet as text cells, the same way for every import (attendance sheets, paper survey forms,
 * the electoral list): XLSX (first sheet) by its name, otherwise CSV in UTF-8 with or without a byte-order mark, its
 * delimiter a comma or, as spreadsheet software in French writes it, a semicolon. A date cell of a workbook reads as
 * its ISO day whatever its display format. Reading stops after {@code maxRows} rows plus a header and one more, so
 * that a caller can tell the file is too long without holding all of it.
 */
public final class SpreadsheetRows {

    private SpreadsheetRows() {
    }

    public static List<List<String>> read(String filename, byte[] content, int maxRows) throws IOException {
        boolean workbook = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        return workbook ? xlsx(content, maxRows) : csv(content, maxRows);
    }

    private static List<List<String>> csv(byte[] content, int maxRows) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            rows.add(record.toList());
            if (rows.size() > maxRows + 2) {
                break;
            }
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content, int maxRows) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
                if (rows.size() > maxRows + 2) {
                    break;
                }
            }
        }
        return rows;
    }
}
