package dev.portico.crm.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An offer to a customer, line by line. Signing it is the moment the CRM hands an order to the
 * ERP, so the rules of that moment live here: only a draft, only a customer (never a prospect),
 * once. {@code version} turns a concurrent second signature into an optimistic-lock failure.
 */
@Entity
@Table(name = "quote")
public class Quote {

    public static final int MAX_ADDRESS_LENGTH = 500;
    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private CustomerAccount account;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String ownerUsername;

    /** The opportunity it was made for, if any: signing the quote wins it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuoteStatus status;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal total;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "delivery_address", length = MAX_ADDRESS_LENGTH)
    private String deliveryAddress;

    /** The partner user who submitted it as an order (null for a quote staff signed). */
    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The order approver who signed or rejected a submitted order, with the reason given. */
    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = MAX_REASON_LENGTH)
    private String decisionReason;

    /** Why the lines are discounted; required when one is. */
    @Column(name = "discount_reason", length = MAX_REASON_LENGTH)
    private String discountReason;

    /** The sales manager who approved a discount beyond the owner's limit. */
    @Column(name = "discount_approved_by", length = 100)
    private String discountApprovedBy;

    @Column(name = "discount_approved_at")
    private Instant discountApprovedAt;

    /** The latest ERP event about the order (maintained by the CRM's event consumer, never by this class). */
    @Column(name = "fulfilment", length = 24, insertable = false, updatable = false)
    private String fulfilment;

    @Version
    private long version;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    /** A draft without discounts. */
    public static Quote draft(CustomerAccount account, String ownerUsername, String currency, List<QuoteLine.Item> items, Instant now) {
        return draft(account, ownerUsername, currency, items, null, now);
    }

    /**
     * A draft for the account, owned by whoever wrote it; lines are numbered in the given order.
     * A discounted line needs {@code discountReason}.
     */
    public static Quote draft(CustomerAccount account, String ownerUsername, String currency, List<QuoteLine.Item> items,
                              String discountReason, Instant now) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one line");
        }
        Quote quote = new Quote();
        quote.account = account;
        quote.ownerUsername = ownerUsername;
        quote.currency = normaliseCurrency(currency);
        quote.status = QuoteStatus.DRAFT;
        quote.createdAt = now;
        for (QuoteLine.Item item : items) {
            quote.lines.add(new QuoteLine(quote, quote.lines.size() + 1, item));
        }
        quote.total = quote.lines.stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String reason = discountReason == null || discountReason.isBlank() ? null : discountReason.strip();
        if (quote.maxDiscount().signum() > 0 && reason == null) {
            throw new DiscountException(null, "a discount needs a reason (it is shown to whoever approves or audits it)");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new DiscountException(null, "the discount reason is longer than " + MAX_REASON_LENGTH + " characters");
        }
        quote.discountReason = quote.maxDiscount().signum() > 0 ? reason : null;
        return quote;
    }

    /** The largest discount on any line, in percent of its list price (0: none). */
    public BigDecimal maxDiscount() {
        return lines.stream().map(QuoteLine::getDiscountPercent).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** Whether signing needs a manager's approval of the discount first, for a signer who may give {@code signerLimit} percent. */
    public boolean needsDiscountApproval(BigDecimal signerLimit) {
        return maxDiscount().compareTo(signerLimit) > 0 && discountApprovedBy == null;
    }

    /**
     * A sales manager approves a discount beyond what the quote's owner may give: within their own
     * limit, and never on their own quote (four eyes).
     */
    public void approveDiscount(String manager, BigDecimal managerLimit, Instant now) {
        if (status != QuoteStatus.DRAFT) {
            throw new QuoteNotDraftException(id, status);
        }
        if (maxDiscount().signum() == 0) {
            throw new DiscountException(id, "quote " + id + " has no discount to approve");
        }
        if (manager.equals(ownerUsername)) {
            throw new DiscountException(id, "nobody approves the discount on their own quote");
        }
        if (maxDiscount().compareTo(managerLimit) > 0) {
            throw new DiscountException(id, "a " + maxDiscount().toPlainString() + " % discount is beyond your limit of "
                    + managerLimit.toPlainString() + " %");
        }
        discountApprovedBy = manager;
        discountApprovedAt = now;
    }

    /**
     * Signs the quote for the ERP. A prospect's quote is refused (prospects never reach the ERP),
     * so is an inactive account's, and anything but a draft.
     */
    public void sign(String signer, Instant now) {
        sign(signer, BigDecimal.ZERO, now);
    }

    /** As {@link #sign(String, Instant)}, by a signer who may give discounts up to {@code signerLimit} percent. */
    public void sign(String signer, BigDecimal signerLimit, Instant now) {
        if (status != QuoteStatus.DRAFT) {
            throw new QuoteNotDraftException(id, status);
        }
        if (needsDiscountApproval(signerLimit)) {
            throw new DiscountException(id, "the " + maxDiscount().toPlainString() + " % discount on quote " + id
                    + " is beyond your limit of " + signerLimit.toPlainString() + " %: a sales manager approves it before signing");
        }
        signNow(signer, now);
    }

    /**
     * A partner's order: signed by the buyer at once when {@code withinLimit}, else waiting for an
     * order approver. The account rules of {@link #sign} apply either way, before anything waits.
     */
    public void submit(String buyer, String address, boolean withinLimit, Instant now) {
        if (status != QuoteStatus.DRAFT) {
            throw new QuoteNotDraftException(id, status);
        }
        requireCustomer();
        deliveryAddress = address == null || address.isBlank() ? null : address.strip();
        submittedBy = buyer;
        submittedAt = now;
        if (withinLimit) {
            signNow(buyer, now);
        } else {
            status = QuoteStatus.AWAITING_APPROVAL;
        }
    }

    /** An approver signs a waiting order; never the buyer who submitted it (four eyes). */
    public void approve(String approver, String reason, Instant now) {
        decide(approver, reason, now);
        signNow(approver, now);
    }

    /**
     * A partner's buyer withdraws an order still waiting for approval: nothing has reached the
     * ERP, so nothing needs undoing there. Once signed, an order is the ERP's to stop.
     */
    public void cancel(String buyer, String reason, Instant now) {
        if (status != QuoteStatus.AWAITING_APPROVAL) {
            throw new OrderDecisionException(id, "order " + id + " is " + status + ": only an order waiting for approval can be cancelled here");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("a reason of 1 to " + MAX_REASON_LENGTH + " characters is required");
        }
        decidedBy = buyer;
        decidedAt = now;
        decisionReason = reason.strip();
        status = QuoteStatus.CANCELLED;
    }

    public void reject(String approver, String reason, Instant now) {
        decide(approver, reason, now);
        status = QuoteStatus.REJECTED;
    }

    private void decide(String approver, String reason, Instant now) {
        if (status != QuoteStatus.AWAITING_APPROVAL) {
            throw new OrderDecisionException(id, "order " + id + " is " + status + ", not waiting for approval");
        }
        if (approver.equals(submittedBy)) {
            throw new OrderDecisionException(id, "the buyer who submitted order " + id + " cannot approve or reject it");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("a reason of 1 to " + MAX_REASON_LENGTH + " characters is required");
        }
        decidedBy = approver;
        decidedAt = now;
        decisionReason = reason.strip();
    }

    private void signNow(String signer, Instant now) {
        requireCustomer();
        status = QuoteStatus.SIGNED;
        signedBy = signer;
        signedAt = now;
    }

    private void requireCustomer() {
        switch (account.getStatus()) {
            case PROSPECT -> throw new ProspectQuoteException(id, account.getId());
            case INACTIVE -> throw new InactiveAccountQuoteException(id, account.getId());
            case ACTIVE -> {
                // a customer: may order
            }
        }
    }

    private static String normaliseCurrency(String currency) {
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 three-letter code");
        }
        return code;
    }

    public String getDiscountReason() {
        return discountReason;
    }

    public String getDiscountApprovedBy() {
        return discountApprovedBy;
    }

    public Instant getDiscountApprovedAt() {
        return discountApprovedAt;
    }

    public Long getId() {
        return id;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    /** Ties a draft to an opportunity of the same account. */
    public void forOpportunity(Opportunity of) {
        if (status != QuoteStatus.DRAFT || !of.getAccount().getId().equals(account.getId())) {
            throw new PipelineStateException("only a draft of account " + of.getAccount().getId() + " can be a quote of opportunity " + of.getId());
        }
        opportunity = of;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getFulfilment() {
        return fulfilment;
    }

    public List<QuoteLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
