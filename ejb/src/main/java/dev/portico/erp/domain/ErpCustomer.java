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
 * {@code balance} is what has been invoiced and not yet paid. {@code territory}, {@code
 * ownerUsername} and {@code partnerAlias} are the ERP's copy of what the data scopes test on the
 * CRM account, as the CRM published it with the account's latest order ({@code scopeAsOf}):
 * the ERP restricts its order lists by them without reading the CRM's tables. Written by the
 * intake's upsert only, never by this entity.
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

    @Column(insertable = false, updatable = false)
    private String territory;

    @Column(name = "owner_username", insertable = false, updatable = false)
    private String ownerUsername;

    @Column(name = "partner_alias", insertable = false, updatable = false)
    private String partnerAlias;

    @Column(name = "scope_as_of", insertable = false, updatable = false)
    private Instant scopeAsOf;

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

    public String getTerritory() {
        return territory;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getPartnerAlias() {
        return partnerAlias;
    }

    public Instant getScopeAsOf() {
        return scopeAsOf;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
