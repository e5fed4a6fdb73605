package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopePredicate;
import dev.portico.access.service.AccessLog;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.CustomerAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL query over records that belong to a customer account (quotes, tickets, timeline rows),
 * restricted to the caller's grant by the same {@link ScopePredicate} as the account list: a
 * record is in scope exactly when its account is. The FROM clause must name the account
 * {@code a} and its partner organisation {@code p}, as {@link AccountListQuery#SCOPE_COLUMNS} expects.
 */
final class ScopedQuery {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    ScopedQuery(ScopeGrant grant) {
        ScopePredicate scope = ScopePredicate.of(grant, AccountListQuery.SCOPE_COLUMNS);
        if (scope.jpql() != null) {
            append(scope.jpql());
            parameters.putAll(scope.parameters());
        }
    }

    /** Adds {@code predicate}, which uses the parameter {@code :name}, unless {@code value} is null. */
    ScopedQuery and(String predicate, String name, Object value) {
        if (value != null) {
            append(predicate);
            parameters.put(name, value);
        }
        return this;
    }

    ScopedQuery and(String predicate) {
        append(predicate);
        return this;
    }

    /** {@code selectFrom} + the conditions + {@code orderBy} (may be empty), with every parameter bound. */
    <T> TypedQuery<T> query(EntityManager em, String selectFrom, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + where + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The account {@code accountId} if it lies in the grant; otherwise the same
     * {@link NoSuchRecordException} as for a missing one (and an access-log entry if it exists).
     */
    static CustomerAccount accountInScope(EntityManager em, AccessLog log, ScopeGrant grant, long accountId) {
        return new ScopedQuery(grant).and("a.id = :id", "id", accountId)
                .query(em, "SELECT a FROM CustomerAccount a LEFT JOIN a.partnerOrganisation p", "", CustomerAccount.class)
                .getResultStream().findFirst()
                .orElseThrow(() -> OutOfScope.noSuch(em, log, grant, "CustomerAccount", "customer-account", accountId));
    }

    private void append(String predicate) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(predicate);
    }
}
