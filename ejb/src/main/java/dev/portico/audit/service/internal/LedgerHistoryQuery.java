package dev.portico.audit.service.internal;

import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.domain.LedgerRecord;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.persistence.Like;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JPQL for the ledger history: one WHERE clause shared by the row query and the
 * count. Every value travels as a bind parameter. The order is always {@code seq}, the order
 * the entries were made in; the page's sort field is ignored, only its direction counts.
 *
 * <p>The role filter reads {@code detail}, the only place an entry names a role (see {@link
 * LedgerFilter}). Its {@code LIKE} patterns cannot use an index; the ledger grows by human
 * actions, so a scan stays cheap, and the other filters still narrow it by their indexes.
 */
final class LedgerHistoryQuery {

    private static final String SELECT_ROWS = "SELECT r FROM LedgerRecord r";
    private static final String SELECT_COUNT = "SELECT COUNT(r) FROM LedgerRecord r";

    /**
     * "role X" exactly, "role X until …", "role X; conflicts: …", or a policy change's rule
     * "+X module:action SCOPE" / "-X …" (each rule follows a space: "v8: +X …; -X …"). The
     * character after the name is fixed (end, space or ';'), so a longer role name never matches.
     * {@link Like} escapes with {@code !}: a backslash is an escape in MariaDB's own string syntax too.
     */
    static final String ROLE_PREDICATE = "(r.detail = :roleExact"
            + " OR r.detail LIKE :roleAndMore" + Like.ESCAPE
            + " OR r.detail LIKE :roleAndConflicts" + Like.ESCAPE
            + " OR (r.event = :policyChanged AND (r.detail LIKE :ruleAdded" + Like.ESCAPE
            + " OR r.detail LIKE :ruleRemoved" + Like.ESCAPE + ")))";

    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    LedgerHistoryQuery(LedgerFilter filter) {
        StringBuilder clause = new StringBuilder();
        if (filter.subject() != null && !filter.subject().isBlank()) {
            and(clause, "r.subject = :subject");
            parameters.put("subject", filter.subject().strip());
        }
        if (filter.role() != null && !filter.role().isBlank()) {
            and(clause, ROLE_PREDICATE);
            String role = filter.role().strip();
            String escaped = Like.escape(role);   // role names may hold _
            parameters.put("roleExact", "role " + role);
            parameters.put("roleAndMore", "role " + escaped + " %");
            parameters.put("roleAndConflicts", "role " + escaped + ";%");
            parameters.put("policyChanged", LedgerEvent.POLICY_CHANGED.name());
            parameters.put("ruleAdded", "% +" + escaped + " %");
            parameters.put("ruleRemoved", "% -" + escaped + " %");
        }
        if (filter.event() != null) {
            and(clause, "r.event = :event");
            parameters.put("event", filter.event().name());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            and(clause, "r.actor = :actor");
            parameters.put("actor", filter.actor().strip());
        }
        if (filter.from() != null) {
            and(clause, "r.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            and(clause, "r.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        this.where = clause.toString();
    }

    String rowsJpql(PageRequest page) {
        return SELECT_ROWS + where + " ORDER BY r.seq" + (page.descending() ? " DESC" : " ASC");
    }

    String countJpql() {
        return SELECT_COUNT + where;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    TypedQuery<LedgerRecord> rows(EntityManager em, PageRequest page) {
        TypedQuery<LedgerRecord> query = em.createQuery(rowsJpql(page), LedgerRecord.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        parameters.forEach(query::setParameter);
        return query;
    }

    TypedQuery<Long> count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery(countJpql(), Long.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void and(StringBuilder clause, String predicate) {
        clause.append(clause.isEmpty() ? " WHERE " : " AND ").append(predicate);
    }
}
