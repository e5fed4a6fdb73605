package dev.portico.erp.domain;

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
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A customer's order in the ERP, made from one signed CRM quote ({@code quoteId}, unique). It
 * moves forward only, along {@link OrderStatus#next()}: received, then confirmed or held for
 * credit, shipped complete, invoiced, paid. Anything else is an {@link OrderStateException}.
 * Optimistic locking ({@code version}) keeps two people from, say, shipping it twice.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quote_id", nullable = false, unique = true)
    private long quoteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "erp_customer_id")
    private ErpCustomer customer;

    /**
     * The customer's CRM account, copied from the mapping when the order is received (it never
     * changes): order lists are scoped and paged on the order table alone, without a join that
     * would make the database sort every order of every customer (measured: OrderListBenchmark).
     */
    @Column(name = "crm_account_id", nullable = false, updatable = false)
    private long crmAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "amount_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountPaid;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "signed_by", nullable = false, length = 100)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "hold_reason", length = 500)
    private String holdReason;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approval_reason", length = 500)
    private String approvalReason;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<SalesOrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected SalesOrder() {
    }

    public static SalesOrder receive(long quoteId, ErpCustomer customer, String currency, String signedBy, Instant signedAt,
                                     Instant now) {
        SalesOrder order = new SalesOrder();
        order.quoteId = quoteId;
        order.customer = customer;
        order.crmAccountId = customer.getCrmAccountId();
        order.currency = currency;
        order.signedBy = signedBy;
        order.signedAt = signedAt;
        order.receivedAt = now;
        order.status = OrderStatus.RECEIVED;
        order.total = BigDecimal.ZERO;
        order.amountPaid = BigDecimal.ZERO;
        return order;
    }

    public void addLine(String sku, int quantity, BigDecimal unitPrice) {
        if (status != OrderStatus.RECEIVED) {
            throw new OrderStateException(this + " is " + status + ": its lines are fixed");
        }
        SalesOrderLine line = new SalesOrderLine(this, lines.size() + 1, sku, quantity, unitPrice);
        lines.add(line);
        total = total.add(line.amount());
    }

    /** Confirms the order if the check passes, holds it for a manager otherwise; {@code true} if confirmed. */
    public boolean applyCreditCheck(CreditCheck check, Instant now) {
        if (lines.isEmpty()) {
            throw new OrderStateException(this + " has no lines");
        }
        if (check.passes()) {
            moveTo(OrderStatus.CONFIRMED, "confirm");
            confirmedAt = now;
            return true;
        }
        moveTo(OrderStatus.CREDIT_HOLD, "hold for credit");
        holdReason = truncate(check.holdReason());
        return false;
    }

    /** Someone with {@code orders:approve} accepts the credit risk. */
    public void approveCreditHold(String approver, String reason, Instant now) {
        if (status != OrderStatus.CREDIT_HOLD) {
            throw new OrderStateException(this + " is " + status + ", not on credit hold");
        }
        moveTo(OrderStatus.CONFIRMED, "approve");
        approvedBy = approver;
        approvalReason = truncate(reason);
        confirmedAt = now;
    }

    /**
     * Reserves what is still outstanding on each line, as far as stock goes, and returns what is
     * short. Lines are taken in SKU order so that concurrent orders lock products in one order
     * and cannot deadlock. Called again later (before shipping), it tops up from new stock.
     */
    public List<Shortage> reserve(Function<String, Product> products, Instant now) {
        return reserve(products, sku -> true, now);
    }

    /** As {@link #reserve(Function, Instant)}, for the lines of {@code skus} only: goods that just arrived. */
    public List<Shortage> reserve(Function<String, Product> products, Predicate<String> skus, Instant now) {
        if (status != OrderStatus.CONFIRMED) {
            throw new OrderStateException(this + " is " + status + ": only a confirmed order reserves stock");
        }
        List<Shortage> shortages = new ArrayList<>();
        for (SalesOrderLine line : linesBySku()) {
            int outstanding = line.unreserved();
            if (outstanding == 0 || !skus.test(line.getSku())) {
                continue;
            }
            int granted = products.apply(line.getSku()).reserve(outstanding);
            if (granted > 0) {
                line.addReservation(granted, now);
            }
            if (granted < outstanding) {
                shortages.add(new Shortage(line.getLineNo(), line.getSku(), outstanding - granted));
            }
        }
        return shortages;
    }

    /** Ships the order complete; every line must be reserved in full. Carrier and tracking number may be null. */
    public Shipment ship(Function<String, Product> products, String by, Instant now, String carrier, String trackingNumber) {
        if (status != OrderStatus.CONFIRMED) {
            throw new OrderStateException(this + " is " + status + ": only a confirmed order ships");
        }
        List<String> missing = linesBySku().stream().filter(l -> l.unreserved() > 0)
                .map(l -> l.getSku() + " short by " + l.unreserved()).toList();
        if (!missing.isEmpty()) {
            throw new OrderStateException(this + " cannot ship yet: " + String.join(", ", missing));
        }
        linesBySku().forEach(line -> products.apply(line.getSku()).ship(line.getQuantity()));
        moveTo(OrderStatus.SHIPPED, "ship");
        return new Shipment(this, by, now, carrier, trackingNumber);
    }

    /** Bills the order, due {@code paymentDays} after now: the customer's balance grows by its total. */
    public Invoice invoice(String by, Instant now, int paymentDays) {
        moveTo(OrderStatus.INVOICED, "invoice");
        customer.charge(total);
        return new Invoice(this, total, currency, by, now, now.plus(java.time.Duration.ofDays(paymentDays)));
    }

    /** Records a payment against the invoice; the order is PAID once nothing is outstanding. */
    public Payment pay(Invoice invoice, BigDecimal amount, String by, Instant now) {
        if (status != OrderStatus.INVOICED) {
            throw new OrderStateException(this + " is " + status + ": only an invoiced order takes payments");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new OrderStateException("a payment is a positive amount");
        }
        if (amount.compareTo(outstanding()) > 0) {
            throw new OrderStateException("a payment of " + amount.toPlainString() + " exceeds the "
                    + outstanding().toPlainString() + " outstanding on " + this);
        }
        amountPaid = amountPaid.add(amount);
        customer.credit(amount);
        if (outstanding().signum() == 0) {
            moveTo(OrderStatus.PAID, "mark paid");
        }
        return new Payment(invoice, amount, by, now);
    }

    public BigDecimal outstanding() {
        return status == OrderStatus.INVOICED || status == OrderStatus.PAID ? total.subtract(amountPaid) : BigDecimal.ZERO;
    }

    private void moveTo(OrderStatus target, String action) {
        if (!status.next().contains(target)) {
            throw new OrderStateException(this + " is " + status + ": cannot " + action);
        }
        status = target;
    }

    private List<SalesOrderLine> linesBySku() {
        return lines.stream().sorted(Comparator.comparing(SalesOrderLine::getSku)).toList();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    @Override
    public String toString() {
        return id == null ? "the order for quote " + quoteId : "order " + id;
    }

    public Long getId() {
        return id;
    }

    public long getQuoteId() {
        return quoteId;
    }

    public long getCrmAccountId() {
        return crmAccountId;
    }

    public ErpCustomer getCustomer() {
        return customer;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<SalesOrderLine> getLines() {
        return List.copyOf(lines);
    }
}
