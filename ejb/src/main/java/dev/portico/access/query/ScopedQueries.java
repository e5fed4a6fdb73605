package dev.portico.access.query;

import dev.portico.access.service.AccessLog;
import dev.portico.access.service.ScopeGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one way a service reads records under a data scope: a list, a count or a by-id read.
 * <pre>{@code
 * ScopeGrant grant = guard.require(VIEW);
 * List<OrderSummary> page = scoped.of(grant, ErpScopes.SALES_ORDER)
 *         .and("o.status = :status", "status", status)      // a null value adds no filter
 *         .and("o.id > :after", "after", afterId)
 *         .select(SUMMARY, "o.id", OrderSummary.class).setMaxResults(limit).getResultList();
 * Optional<OrderSummary> one = scoped.of(grant, ErpScopes.SALES_ORDER).findInScope(SUMMARY, id, OrderSummary.class);
 * }</pre>
 * The entity manager is the caller's transaction's: what is read joins the use case's transaction.
 */
@ApplicationScoped
public class ScopedQueries {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Inject
    private AccessLog accessLog;

    public ScopedQuery of(ScopeGrant grant, RecordScope scope) {
        return new ScopedQuery(em, accessLog, grant, scope);
    }
}
