package dev.portico.crm.service.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The largest discount (percent of the list price) a caller's roles allow without a manager's
 * approval: the highest over their roles, none for a role without a row in {@code discount_limit}.
 */
@ApplicationScoped
class DiscountLimits {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    BigDecimal of(Set<String> roles) {
        if (roles.isEmpty()) {
            return BigDecimal.ZERO;
        }
        Object max = em.createNativeQuery("SELECT MAX(max_percent) FROM discount_limit WHERE role_name IN ?1")
                .setParameter(1, roles)
                .getSingleResult();
        return max == null ? BigDecimal.ZERO : (BigDecimal) max;
    }

    /** The most any role may give: a discount beyond it can never be approved, so it is refused when written. */
    BigDecimal highest() {
        Object max = em.createNativeQuery("SELECT MAX(max_percent) FROM discount_limit").getSingleResult();
        return max == null ? BigDecimal.ZERO : (BigDecimal) max;
    }
}
