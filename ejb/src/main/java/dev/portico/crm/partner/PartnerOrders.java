package dev.portico.crm.partner;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partner organisation's orders. Reading needs {@code partner:view}, submitting
 * {@code partner:edit} (buyers), deciding on an order above a buyer's limit
 * {@code partner:approve} (order approvers); all at ORGANISATION scope.
 */
@Local
public interface PartnerOrders {

    int MAX_PAGE = 200;

    /** The organisation's active customers, by name: whom a buyer may order for. */
    List<PartnerCustomer> customers();

    /**
     * Prices the cart from the ERP's price list for the organisation, writes the quote and
     * submits it: signed and sent to the ERP at once within the buyer's purchase limit (or when
     * the buyer has none), else waiting for an order approver.
     *
     * @throws dev.portico.crm.service.QuoteLinesException when a line names a product the ERP does not sell
     * @throws dev.portico.crm.service.NoSuchRecordException for a customer not of the organisation
     */
    PartnerOrderSummary submit(@NotNull @Valid PartnerCart cart);

    /** Newest first, of one {@code status} (any when null), with an id below {@code beforeId} (0: from the newest). */
    List<PartnerOrderSummary> list(PartnerOrderStatus status, @PositiveOrZero long beforeId, @Min(1) @Max(MAX_PAGE + 1) int limit);

    /** How many of the organisation's orders are in each status (absent: none). */
    Map<PartnerOrderStatus, Long> countsByStatus();

    Optional<PartnerOrderDetail> find(long orderId);

    /** Signs a waiting order ({@code partner:approve}); the buyer who submitted it may not. Ledgered. */
    PartnerOrderSummary approve(long orderId, @NotBlank @Size(max = 500) String reason);

    /** Rejects a waiting order ({@code partner:approve}); ledgered. */
    PartnerOrderSummary reject(long orderId, @NotBlank @Size(max = 500) String reason);

    /** Withdraws an order still waiting for approval ({@code partner:edit}); a signed one is the ERP's. */
    PartnerOrderSummary cancel(long orderId, @NotBlank @Size(max = 500) String reason);

    /** A past order's products and quantities as a new cart, for the same customer (priced again on submit). */
    PartnerCart reorder(long orderId);

    /** The caller's own purchase limit, if their partner administrator set one. */
    Optional<BuyerLimit> myLimit();

    /** The purchase limits of the caller's organisation's buyers, by username ({@code partner-people:view}). */
    Map<String, BuyerLimit> limits();

    /**
     * Sets, changes or (amount {@code null}) removes the purchase limit of a user of the caller's
     * organisation ({@code partner-people:edit}); never the caller's own. Ledgered.
     */
    void setLimit(@NotBlank @Size(max = 100) String username, @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                  @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency, @NotBlank @Size(max = 1000) String reason);
}
