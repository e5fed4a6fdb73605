package dev.portico.erp.service.internal;

import dev.portico.erp.domain.ErpCustomer;
import dev.portico.erp.domain.OrderStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The credit a customer already has promised. (The CRM account ↔ ERP customer mapping itself is
 * made, and its row locked, by {@link ErpLocks#customerOf}.)
 */
@Stateless
@PermitAll
public class CustomerMapping {

    private static final List<OrderStatus> OPEN = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isOpenForCredit).toList();

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** Confirmed orders not yet invoiced: credit already promised but not yet in the balance. */
    public BigDecimal openOrdersTotal(ErpCustomer customer) {
        return em.createQuery("SELECT COALESCE(SUM(o.total), 0) FROM SalesOrder o WHERE o.customer = :customer AND o.status IN :open",
                        BigDecimal.class)
                .setParameter("customer", customer)
                .setParameter("open", OPEN)
                .getSingleResult();
    }
}
