package dev.portico.erp.service;

import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finance's view of what customers owe: invoices across customers, their ageing, payments
 * received, a customer's statement of account. Reading needs {@code finance:view} (dave: ALL),
 * scoped through the order's customer like the ERP's order list; recording a payment is
 * {@link SalesOrders#recordPayment} ({@code finance:edit}). An invoice is paid when the payments
 * on its order reach its amount, overdue after its due date, open before.
 */
@Local
public interface Receivables {

    int MAX_PAGE = 200;

    /** Newest first, keyset-paged below {@code beforeId} (0: from the newest). */
    List<ReceivableInvoice> invoices(@NotNull @Valid InvoiceQuery query, @PositiveOrZero long beforeId, @Min(1) @Max(MAX_PAGE) int limit);

    long count(@NotNull @Valid InvoiceQuery query);

    Optional<ReceivableInvoice> find(@Positive long invoiceId);

    /** Outstanding amounts by customer, currency and days overdue, now. */
    Ageing ageing();

    /** Payments received since {@code since}, newest first. */
    List<ReceivedPayment> paymentsSince(@NotNull Instant since, @Min(1) @Max(MAX_PAGE) int limit);

    /** One customer's invoices with what is paid and outstanding, as CSV or PDF (needs {@code finance:export}). */
    ExportFile statement(@Positive long crmAccountId, @NotNull ExportFormat format);
}
