package dev.portico.erp.internal;

import dev.portico.access.query.ScopeColumns;
import dev.portico.access.query.ScopePredicate;
import dev.portico.erp.domain.PurchaseOrder;
import dev.portico.erp.domain.PurchaseOrderStatus;
import dev.portico.erp.service.PurchaseOrderSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Purchase orders within a caller's data scope. A purchase order belongs to its supplier's
 * organisation (alias {@code s}); the only restricted scope that reaches one is ORGANISATION (a
 * supplier's own), tested inside the query, so another supplier's order is never loaded.
 */
final class PurchaseOrderQuery {

    static final ScopeColumns SCOPE_COLUMNS = new ScopeColumns(null, null, null, "s.alias");

    private static final String FROM = " FROM PurchaseOrder po, Organisation s WHERE s.id = po.supplierOrganisationId";
    private static final String SUMMARY = "SELECT NEW dev.portico.erp.service.PurchaseOrderSummary(po.id, s.id, s.name, po.status, "
            + "po.salesOrderId, po.createdAt, po.createdBy, po.confirmedBy)" + FROM;

    private final String scope;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    PurchaseOrderQuery(ScopePredicate predicate) {
        scope = predicate.jpql() == null ? "" : " AND " + predicate.jpql();
        parameters.putAll(predicate.parameters());
    }

    TypedQuery<PurchaseOrder> entity(EntityManager em, long id) {
        return bind(em.createQuery("SELECT po" + FROM + scope + " AND po.id = :id", PurchaseOrder.class).setParameter("id", id));
    }

    TypedQuery<PurchaseOrderSummary> byId(EntityManager em, long id) {
        return bind(em.createQuery(SUMMARY + scope + " AND po.id = :id", PurchaseOrderSummary.class).setParameter("id", id));
    }

    /** Keyset paging, newest first; a supplier's list is served by (supplier, status, id). */
    TypedQuery<PurchaseOrderSummary> before(EntityManager em, PurchaseOrderStatus status, long beforeId, int limit) {
        TypedQuery<PurchaseOrderSummary> query = em.createQuery(SUMMARY + scope + " AND po.id < :before"
                        + (status == null ? "" : " AND po.status = :status") + " ORDER BY po.id DESC", PurchaseOrderSummary.class)
                .setParameter("before", beforeId == 0 ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        return bind(query);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
