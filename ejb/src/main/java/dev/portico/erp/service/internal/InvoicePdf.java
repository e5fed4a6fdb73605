package dev.portico.erp.service.internal;

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
import dev.portico.erp.partner.PartnerInvoice;
import dev.portico.erp.partner.PartnerInvoiceLine;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An invoice as the customer's copy (OpenPDF): the partner's invoice view and its lines, nothing
 * else, so the PDF can carry no more than the page does. Amounts are printed plain
 * ({@code 1234.50 EUR}) so that a reader (or a test) can take them back as numbers.
 */
final class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private InvoicePdf() {
    }

    static byte[] render(PartnerInvoice invoice, List<PartnerInvoiceLine> lines, String partnerName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Invoice " + invoice.number());
            document.open();
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            document.add(new Paragraph("Invoice " + invoice.number(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            document.add(new Paragraph("Order " + invoice.orderReference() + " · customer " + invoice.customerNumber()
                    + (partnerName == null ? "" : " · via " + partnerName), body));
            document.add(new Paragraph("Issued " + DATE.format(invoice.issuedAt()) + " · due " + DATE.format(invoice.dueAt()), body));
            document.add(new Paragraph(" ", body));

            PdfPTable grid = new PdfPTable(new float[] {1, 3, 6, 2, 3, 3});
            grid.setWidthPercentage(100);
            for (String header : List.of("#", "SKU", "Product", "Qty", "Unit price", "Amount")) {
                grid.addCell(new PdfPCell(new Phrase(header, bold)));
            }
            for (PartnerInvoiceLine line : lines) {
                grid.addCell(new Phrase(Integer.toString(line.lineNo()), body));
                grid.addCell(new Phrase(line.sku(), body));
                grid.addCell(new Phrase(line.name(), body));
                grid.addCell(right(Integer.toString(line.quantity()), body));
                grid.addCell(right(money(line.unitPrice(), invoice.currency()), body));
                grid.addCell(right(money(line.amount(), invoice.currency()), body));
            }
            document.add(grid);
            document.add(new Paragraph(" ", body));
            document.add(total("Total: " + money(invoice.amount(), invoice.currency()), bold));
            document.add(total("Paid: " + money(invoice.paid(), invoice.currency()), body));
            document.add(total("Outstanding: " + money(invoice.outstanding(), invoice.currency()), bold));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the invoice PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Paragraph total(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + currency;
    }
}
