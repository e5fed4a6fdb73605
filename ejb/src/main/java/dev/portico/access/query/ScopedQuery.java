package dev.portico.access.query;

import dev.portico.access.service.AccessLog;
import dev.portico.access.service.ScopeGrant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One JPQL query over records of a {@link RecordScope}, restricted to a caller's grant: the scope
 * condition comes first and every value travels as a bind parameter. Made by
 * {@link ScopedQueries#of}; used for one query and dropped. The {@code selectFrom} given to
 * {@link #select} must name the aliases the record scope's columns use.
 */
public final class ScopedQuery {

    private final EntityManager em;
    private final AccessLog accessLog;
    private final ScopeGrant grant;
    private final RecordScope scope;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    ScopedQuery(EntityManager em, AccessLog accessLog, ScopeGrant grant, RecordScope scope) {
        this.em = em;
        this.accessLog = accessLog;
        this.grant = grant;
        this.scope = scope;
        ScopePredicate predicate = scope.predicate(grant);
        if (predicate.jpql() != null) {
            append(predicate.jpql());
            parameters.putAll(predicate.parameters());
        }
    }

    /** Adds {@code predicate}, which uses the parameter {@code :name}, unless {@code value} is null (no filter). */
    public ScopedQuery and(String predicate, String name, Object value) {
        if (value != null) {
            append(predicate);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters (a join condition, a constant filter). */
    public ScopedQuery and(String predicate) {
        append(predicate);
        return this;
    }

    /** {@code selectFrom} + the conditions + {@code orderBy} (may be empty), every parameter bound; page it as usual. */
    public <T> TypedQuery<T> select(String selectFrom, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + where + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code selectFrom} + the conditions + {@code GROUP BY groupBy}: counts per value, within scope. */
    public <T> TypedQuery<T> selectGrouped(String selectFrom, String groupBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + where + " GROUP BY " + groupBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The record {@code id} if it lies within the grant (and the conditions added so far). Empty
     * otherwise, exactly as for an id that does not exist; when the record does exist, the
     * attempt is written to the access log for the auditors. The existence check runs only after
     * a miss and never changes the answer.
     */
    public <T> Optional<T> findInScope(String selectFrom, long id, Class<T> type) {
        Optional<T> found = and(scope.idPath() + " = :scopedId", "scopedId", id)
                .select(selectFrom, "", type)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (found.isEmpty() && exists(id)) {
            accessLog.refused(grant.caller().username(), grant.permission(), scope.recordType(), Long.toString(id));
        }
        return found;
    }

    private boolean exists(long id) {
        String alias = scope.idPath().substring(0, scope.idPath().indexOf('.'));
        return !em.createQuery("SELECT " + scope.idPath() + " FROM " + scope.entity() + " " + alias + " WHERE " + scope.idPath() + " = :id",
                        Object.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private void append(String predicate) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(predicate);
    }
}
