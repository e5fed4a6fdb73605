package dev.portico.crm.service.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return limits().entrySet().stream().filter(e -> roles.contains(e.getKey())).map(Map.Entry::getValue)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** The most any role may give: a discount beyond it can never be approved, so it is refused when written. */
    BigDecimal highest() {
        return limits().values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** A handful of rows: read whole, rather than binding a set of roles to a native query (which EclipseLink cannot). */
    private Map<String, BigDecimal> limits() {
        Map<String, BigDecimal> limits = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT role_name, max_percent FROM discount_limit").getResultList();
        rows.forEach(row -> limits.put((String) row[0], (BigDecimal) row[1]));
        return limits;
    }
}
