package dev.portico.erp.service;

import dev.portico.erp.domain.PurchaseOrderStatus;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Purchase orders to suppliers, in the caller's {@code purchasing} scope: the warehouse sees all
 * (ALL), a supplier's users those of their own organisation (ORGANISATION); one outside the
 * scope answers {@link NoSuchPurchaseOrderException}, like a missing one. Confirming needs
 * {@code purchasing:edit}; placing one by hand and recording a receipt also change what the
 * company stocks, so they need {@code products:edit} as well — a supplier confirms its orders but
 * never counts goods into the warehouse.
 */
@Local
public interface PurchaseOrders {

    int MAX_PAGE = 200;

    /** Up to {@code limit} purchase orders with an id below {@code beforeId} (0: from the newest), newest first. */
    List<PurchaseOrderSummary> list(PurchaseOrderStatus status, @PositiveOrZero long beforeId, @Min(1) @Max(MAX_PAGE) int limit);

    Optional<PurchaseOrderDetail> find(long id);

    /** The organisations one may order from (kind SUPPLIER), by name. */
    List<SupplierSummary> suppliers();

    /** A purchase order placed by hand, OPEN until the supplier confirms it. */
    PurchaseOrderSummary create(long supplierId, @NotEmpty @Size(max = 50) List<@NotNull @Valid NewPurchaseOrderLine> lines);

    /**
     * Records the supplier's confirmation given another way (a call): OPEN → CONFIRMED, every
     * line promised for {@code promised}. Suppliers confirm line by line in their portal.
     */
    PurchaseOrderSummary confirm(long id, @NotNull LocalDate promised);

    /**
     * The warehouse's answer to the supplier's proposed change ({@code products:edit} too, as for
     * receipts: a supplier never accepts its own proposal): accepted, the order takes its
     * quantities and dates and is confirmed; rejected, it stays open, with the reason for the supplier.
     */
    PurchaseOrderDetail decideChange(long id, boolean accept, @NotBlank @Size(max = 500) String reason);

    /** Shipping notices of orders still to arrive, soonest first: what the warehouse expects to receive. */
    List<ExpectedReceipt> expectedReceipts(@Min(1) @Max(MAX_PAGE) int limit);

    /**
     * Goods arrived: {@code quantities} per SKU (0 or absent: nothing of it), each at most what is
     * outstanding. Stock on hand rises (a RECEIPT movement each); confirmed orders waiting for
     * these products get it reserved, oldest first (RESERVATION movements).
     */
    PurchaseOrderDetail receive(long id, @NotNull Map<@NotNull String, @NotNull @PositiveOrZero Integer> quantities,
                                @Size(max = 200) String note);
}
