package dev.portico.erp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer as the ERP bills it. {@code crmAccountId} is the explicit mapping to the CRM
 * account (unique): the ERP keeps no name or address, the CRM is their one source.
 * {@code balance} is what has been invoiced and not yet paid.
 */
@Entity
@Table(name = "erp_customer")
public class ErpCustomer {

    /** The limit a customer starts with when its first order arrives; finance may change it later. */
    public static final BigDecimal DEFAULT_CREDIT_LIMIT = new BigDecimal("25000.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "crm_account_id", nullable = false, unique = true)
    private long crmAccountId;

    @Column(name = "credit_limit", nullable = false, precision = 12, scale = 2)
    private BigDecimal creditLimit;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal balance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ErpCustomer() {
    }

    public ErpCustomer(long crmAccountId, BigDecimal creditLimit, Instant now) {
        this.crmAccountId = crmAccountId;
        this.creditLimit = creditLimit;
        this.balance = BigDecimal.ZERO;
        this.createdAt = now;
    }

    public CreditCheck checkCredit(BigDecimal openOrders, BigDecimal orderTotal) {
        return new CreditCheck(creditLimit, balance, openOrders, orderTotal);
    }

    /** An invoice raises what the customer owes. */
    public void charge(BigDecimal amount) {
        balance = balance.add(amount);
    }

    /** A payment lowers it. */
    public void credit(BigDecimal amount) {
        if (amount.compareTo(balance) > 0) {
            throw new OrderStateException("a payment of " + amount.toPlainString() + " exceeds the balance " + balance.toPlainString());
        }
        balance = balance.subtract(amount);
    }

    public Long getId() {
        return id;
    }

    public long getCrmAccountId() {
        return crmAccountId;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
