package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * What a customer owes as the ERP last reported it: the CRM's view, never its own bookkeeping.
 * Written only by the ERP event consumer, hence read-only here.
 */
@Entity
@ReadOnly
@Table(name = "account_balance")
public class AccountBalance {

    @Id
    @Column(name = "crm_account_id")
    private Long accountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crm_account_id", nullable = false, insertable = false, updatable = false)
    private CustomerAccount account;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal balance;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    protected AccountBalance() {
    }
}
