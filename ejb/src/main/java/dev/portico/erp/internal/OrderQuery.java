package dev.portico.erp.internal;

import dev.portico.access.query.ScopeColumns;
import dev.portico.access.query.ScopePredicate;
import dev.portico.crm.domain.Territory;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.SalesOrder;
import dev.portico.erp.service.OrderSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sales orders within a caller's data scope. The ERP keeps no owner, territory or partner of a
 * customer (the CRM account is their one source), so a restricted scope is tested against the
 * CRM account of the order ({@code crmAccountId}, copied from the customer mapping), inside the
 * query: an order outside the scope is never loaded. Every query reads the order table alone
 * (keyset on its primary key); ALL (warehouse, finance) needs no sub-query at all.
 */
final class OrderQuery {

    private static final String SUMMARY = "SELECT NEW dev.portico.erp.service.OrderSummary(o.id, o.quoteId, o.crmAccountId, "
            + "o.status, o.total, o.amountPaid, o.currency, o.receivedAt, o.holdReason, o.approvedBy) "
            + "FROM SalesOrder o";
    private static final String ENTITY = "SELECT o FROM SalesOrder o";

    /** Where the CRM account (alias a, partner p in the sub-query) keeps what the scopes test. */
    static final ScopeColumns SCOPE_COLUMNS = new ScopeColumns("a.territory", Territory::valueOf, "a.ownerUsername", "p.alias");

    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    OrderQuery(ScopePredicate scope) {
        if (scope.jpql() == null) {
            where = "";
        } else {
            where = " WHERE EXISTS (SELECT a.id FROM CustomerAccount a LEFT JOIN a.partnerOrganisation p "
                    + "WHERE a.id = o.crmAccountId AND " + scope.jpql() + ")";
            parameters.putAll(scope.parameters());
        }
    }

    TypedQuery<SalesOrder> entity(EntityManager em, long orderId) {
        return bind(em.createQuery(ENTITY + and("o.id = :id"), SalesOrder.class).setParameter("id", orderId));
    }

    TypedQuery<OrderSummary> byId(EntityManager em, long orderId) {
        return bind(em.createQuery(SUMMARY + and("o.id = :id"), OrderSummary.class).setParameter("id", orderId));
    }

    TypedQuery<OrderSummary> byQuote(EntityManager em, long quoteId) {
        return bind(em.createQuery(SUMMARY + and("o.quoteId = :quote"), OrderSummary.class).setParameter("quote", quoteId));
    }

    /** Keyset paging on the id; with a status, the (status, id) index serves it. */
    TypedQuery<OrderSummary> after(EntityManager em, OrderStatus status, long afterId, int limit) {
        String condition = status == null ? "o.id > :after" : "o.status = :status AND o.id > :after";
        TypedQuery<OrderSummary> query = em.createQuery(SUMMARY + and(condition) + " ORDER BY o.id", OrderSummary.class)
                .setParameter("after", afterId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        return bind(query);
    }

    private String and(String condition) {
        return where + (where.isEmpty() ? " WHERE " : " AND ") + condition;
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
