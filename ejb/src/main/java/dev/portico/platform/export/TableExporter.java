package dev.portico.platform.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a {@link Table} as CSV (RFC 4180) or as a PDF (OpenPDF), nothing more. */
public final class TableExporter {

    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);

    private TableExporter() {
    }

    public static ExportFile export(Table table, ExportFormat format, String basename) {
        byte[] content = switch (format) {
            case CSV -> csv(table);
            case PDF -> pdf(table);
        };
        return new ExportFile(basename + "." + format.extension(), format.contentType(), content);
    }

    /** Header row first, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers());
        table.rows().forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(table.title());
            document.open();
            document.add(new Paragraph(table.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            Paragraph caption = new Paragraph(table.caption(), FontFactory.getFont(FontFactory.HELVETICA, 9));
            caption.setSpacingAfter(8);
            document.add(caption);
            PdfPTable grid = new PdfPTable(table.headers().size());
            grid.setWidthPercentage(100);
            grid.setHeaderRows(1);
            Font headerFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            Font cellFont = FontFactory.getFont(FontFactory.HELVETICA, 8);
            for (String header : table.headers()) {
                PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
                cell.setBackgroundColor(HEADER_BACKGROUND);
                grid.addCell(cell);
            }
            for (List<String> row : table.rows()) {
                for (String value : row) {
                    PdfPCell cell = new PdfPCell(new Phrase(value, cellFont));
                    cell.setVerticalAlignment(Element.ALIGN_TOP);
                    grid.addCell(cell);
                }
            }
            if (table.rows().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("No rows match the selection.", cellFont));
                none.setColspan(table.headers().size());
                grid.addCell(none);
            }
            document.add(grid);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the PDF of " + table.title(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * Quotes where RFC 4180 needs it, and defuses a leading {@code = + - @}: spreadsheet programs
     * would run such a cell as a formula (CSV injection), and ledger text is typed by users.
     */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
