package dev.portico.erp.internal;

import dev.portico.erp.domain.ErpCustomer;
import dev.portico.erp.domain.OrderStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The CRM account ↔ ERP customer mapping: found, or created with the default credit limit on the first order. */
@Stateless
@PermitAll
public class CustomerMapping {

    private static final List<OrderStatus> OPEN = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isOpenForCredit).toList();

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /**
     * The customer for a CRM account, locked for the rest of the transaction: orders of one
     * customer pass the credit check one at a time. An upsert rather than read-then-insert, so
     * two first orders of a new customer arriving together map it once; ON DUPLICATE KEY UPDATE
     * rather than INSERT IGNORE, because InnoDB takes an exclusive lock on the existing row for
     * it, where INSERT IGNORE takes a shared one: two orders of the same customer holding shared
     * locks and both asking for the exclusive one below deadlocked (CrashRecoveryIT, at ~15
     * orders a second, sent orders to the dead-letter queue that way).
     */
    public ErpCustomer lockedForCrmAccount(long crmAccountId, Instant now) {
        em.createNativeQuery("INSERT INTO erp_customer (crm_account_id, credit_limit, balance, created_at) VALUES (?, ?, 0, ?)"
                        + " ON DUPLICATE KEY UPDATE crm_account_id = crm_account_id")
                .setParameter(1, crmAccountId)
                .setParameter(2, ErpCustomer.DEFAULT_CREDIT_LIMIT)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return em.createQuery("SELECT c FROM ErpCustomer c WHERE c.crmAccountId = :account", ErpCustomer.class)
                .setParameter("account", crmAccountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    /** Confirmed orders not yet invoiced: credit already promised but not yet in the balance. */
    public BigDecimal openOrdersTotal(ErpCustomer customer) {
        return em.createQuery("SELECT COALESCE(SUM(o.total), 0) FROM SalesOrder o WHERE o.customer = :customer AND o.status IN :open",
                        BigDecimal.class)
                .setParameter("customer", customer)
                .setParameter("open", OPEN)
                .getSingleResult();
    }
}
