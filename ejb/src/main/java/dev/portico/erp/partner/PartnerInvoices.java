package dev.portico.erp.partner;

import dev.portico.platform.export.ExportFile;
import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;

/**
 * The invoices of the customers the caller's organisation serves ({@code partner:view},
 * ORGANISATION). Another organisation's invoice answers like a missing one, its PDF too.
 */
@Local
public interface PartnerInvoices {

    int MAX_PAGE = 200;

    /** Newest first: up to {@code limit} invoices with an id below {@code beforeId} (0: from the newest). */
    List<PartnerInvoice> list(@PositiveOrZero long beforeId, @Min(1) @Max(MAX_PAGE + 1) int limit);

    Optional<PartnerInvoice> find(long invoiceId);

    List<PartnerInvoiceLine> lines(long invoiceId);

    /** The invoice as a PDF (OpenPDF): lines, total, what was paid, what is outstanding, when it is due. */
    Optional<ExportFile> pdf(long invoiceId);

    /** The invoice of the partner's order ({@code orderReference}, the CRM quote id), if issued. */
    Optional<PartnerInvoice> forOrder(long orderReference);

    PartnerStanding standing();

    /**
     * The statement of account: every invoice of the organisation's customers (newest first, up
     * to 10 000) with what is paid and outstanding, and the standing, as CSV or PDF.
     */
    ExportFile statement(@jakarta.validation.constraints.NotNull dev.portico.platform.export.ExportFormat format);
}
