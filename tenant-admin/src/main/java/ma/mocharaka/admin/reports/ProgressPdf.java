package ma.mocharaka.admin.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.core.io.ClassPathResource;

/**
 * A progress report as a PDF, right to left in Arabic. Every piece of text goes through a table cell with the
 * page's run direction, where OpenPDF shapes Arabic letters and orders mixed Arabic and Latin text per line;
 * the embedded DejaVu Sans covers Arabic, Latin and Tifinagh.
 */
final class ProgressPdf {

    private static final byte[] REGULAR = font("reports/DejaVuSans.ttf");
    private static final byte[] BOLD = font("reports/DejaVuSans-Bold.ttf");

    private final boolean rightToLeft;
    private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Font body;
    private final Font bold;
    private final Font title;

    ProgressPdf(boolean rightToLeft, String documentTitle) {
        this.rightToLeft = rightToLeft;
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont strong = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            body = new Font(regular, 9);
            bold = new Font(strong, 9);
            title = new Font(strong, 15);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.open();
    }

    ProgressPdf title(String text) {
        return line(text, title, 10);
    }

    ProgressPdf heading(String text) {
        return line(text, bold, 6);
    }

    ProgressPdf paragraph(String text) {
        return line(text, body, 6);
    }

    ProgressPdf table(List<String> headers, List<List<String>> rows, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setRunDirection(direction());
        table.setHeaderRows(1);
        table.setSpacingAfter(10);
        for (String header : headers) {
            PdfPCell cell = cell(header, bold);
            cell.setGrayFill(0.92f);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                table.addCell(cell(value == null ? "—" : value, body));
            }
        }
        document.add(table);
        return this;
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private ProgressPdf line(String text, Font font, float spacingAfter) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setRunDirection(direction());
        table.setSpacingAfter(spacingAfter);
        PdfPCell cell = cell(text, font);
        cell.setBorder(PdfPCell.NO_BORDER);
        table.addCell(cell);
        document.add(table);
        return this;
    }

    private PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(direction());
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(4);
        return cell;
    }

    private int direction() {
        return rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(Object... values) {
        List<String> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value == null ? null : value.toString());
        }
        return row;
    }
}
