package dev.portico.crm.partner;

import dev.portico.crm.domain.QuoteStatus;

/** Where a partner's order stands, in the partner's words: the CRM's status, then the ERP's latest news. */
public enum PartnerOrderStatus {
    AWAITING_APPROVAL,
    REJECTED,
    /** Signed and sent; the ERP has not answered yet. */
    SUBMITTED,
    CONFIRMED,
    /** The company is reviewing the order (a credit hold: no figure of it is shown). */
    UNDER_REVIEW,
    WAITING_FOR_STOCK,
    SHIPPED,
    INVOICED,
    PAYMENT_RECEIVED,
    /** Withdrawn by the partner's buyer before approval. */
    CANCELLED;

    /**
     * The statuses a partner sees; drafts stay internal, and so does a cancelled quote unless it
     * was a partner's order ({@link #VISIBLE_PREDICATE}).
     */
    public static final java.util.List<QuoteStatus> VISIBLE = java.util.List.of(QuoteStatus.AWAITING_APPROVAL, QuoteStatus.SIGNED,
            QuoteStatus.REJECTED, QuoteStatus.CANCELLED);

    /** The JPQL predicate (quote {@code q}, parameter {@code :visible} = {@link #VISIBLE}) of a partner's orders. */
    public static final String VISIBLE_PREDICATE = "q.status IN :visible AND (q.status <> dev.portico.crm.domain.QuoteStatus.CANCELLED "
            + "OR q.submittedBy IS NOT NULL)";

    /** {@code fulfilment} is the name of the ERP's latest event about the order, or null. */
    public static PartnerOrderStatus of(QuoteStatus status, String fulfilment) {
        return switch (status) {
            case AWAITING_APPROVAL -> AWAITING_APPROVAL;
            case REJECTED -> REJECTED;
            case SIGNED -> fulfilment == null ? SUBMITTED : ofEvent(fulfilment);
            case CANCELLED -> CANCELLED;
            case DRAFT -> throw new IllegalArgumentException("a draft quote is no partner order");
        };
    }

    static PartnerOrderStatus ofEvent(String erpEvent) {
        return switch (erpEvent) {
            case "ORDER_CONFIRMED" -> CONFIRMED;
            case "ORDER_ON_CREDIT_HOLD" -> UNDER_REVIEW;
            case "STOCK_SHORTAGE" -> WAITING_FOR_STOCK;
            case "SHIPPED" -> SHIPPED;
            case "INVOICED" -> INVOICED;
            case "PAYMENT_RECEIVED" -> PAYMENT_RECEIVED;
            default -> SUBMITTED;
        };
    }

    /** The ERP event behind a status, for filtering; null for the CRM's own statuses. */
    public String erpEvent() {
        return switch (this) {
            case CONFIRMED -> "ORDER_CONFIRMED";
            case UNDER_REVIEW -> "ORDER_ON_CREDIT_HOLD";
            case WAITING_FOR_STOCK -> "STOCK_SHORTAGE";
            case SHIPPED -> "SHIPPED";
            case INVOICED -> "INVOICED";
            case PAYMENT_RECEIVED -> "PAYMENT_RECEIVED";
            case AWAITING_APPROVAL, REJECTED, SUBMITTED, CANCELLED -> null;
        };
    }
}
