package dev.portico.erp.supplier;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A supplier's purchase orders, shipping notices and forecast. A purchase order of another
 * organisation answers like a missing one ({@code NoSuchPurchaseOrderException}).
 */
@Local
public interface SupplierPortal {

    int MAX_PAGE = 200;
    int MAX_WEEKS = 26;

    /** The organisation's purchase orders, newest first. */
    List<SupplierOrder> orders(@Min(1) @Max(MAX_PAGE) int limit);

    Optional<SupplierOrderDetail> find(long id);

    /** Confirms an open order with a promised delivery date for every line ({@code purchasing:edit}). */
    SupplierOrderDetail confirm(long id, @NotEmpty Map<@NotNull String, @NotNull LocalDate> promised);

    /** Proposes other quantities or dates for some lines of an open order; the warehouse decides. */
    SupplierOrderDetail proposeChange(long id, @NotEmpty @Size(max = 50) List<@NotNull @Valid ProposedLine> lines,
                                      @Size(max = 500) String note);

    /** Announces a shipment on a confirmed order: the warehouse's expected receipt. */
    SupplierOrderDetail notifyShipment(long id, @NotNull @Valid NewShippingNotice notice);

    /** For each product the organisation supplies: demand, stock and inbound over the next {@code weeks}. */
    Forecast forecast(@Min(1) @Max(MAX_WEEKS) int weeks);
}
