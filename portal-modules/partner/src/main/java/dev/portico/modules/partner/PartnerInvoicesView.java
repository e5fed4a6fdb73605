package dev.portico.modules.partner;

import dev.portico.erp.partner.PartnerInvoice;
import dev.portico.erp.partner.PartnerInvoices;
import dev.portico.platform.export.ExportFormat;
import dev.portico.shell.Downloads;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * Backs {@code partner/invoices.xhtml} (the organisation's invoices, newest first) and
 * {@code partner/invoice-pdf.xhtml?id=…} (one invoice's PDF; another organisation's id gets the
 * 404 page, exactly as a missing one).
 */
@Named
@RequestScoped
public class PartnerInvoicesView {

    @EJB
    private PartnerInvoices invoices;

    private List<PartnerInvoice> rows;
    private String id;

    public List<PartnerInvoice> getInvoices() {
        if (rows == null) {
            rows = invoices.list(0, PartnerInvoices.MAX_PAGE);
        }
        return rows;
    }

    public void download() throws IOException {
        RecordPages.orNotFound(RecordPages.id(id).flatMap(invoices::pdf)).ifPresent(Downloads::send);
    }

    public void statementCsv() {
        Downloads.send(invoices.statement(ExportFormat.CSV));
    }

    public void statementPdf() {
        Downloads.send(invoices.statement(ExportFormat.PDF));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
