package dev.portico.audit.service.internal;

import dev.portico.audit.domain.LedgerRecord;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.platform.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JPQL for the ledger history: one WHERE clause shared by the row query and the
 * count. Every value travels as a bind parameter. The order is always {@code seq}, the order
 * the entries were made in; the page's sort field is ignored, only its direction counts.
 */
final class LedgerHistoryQuery {

    private static final String SELECT_ROWS = "SELECT r FROM LedgerRecord r";
    private static final String SELECT_COUNT = "SELECT COUNT(r) FROM LedgerRecord r";

    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    LedgerHistoryQuery(LedgerFilter filter) {
        StringBuilder clause = new StringBuilder();
        if (filter.subject() != null && !filter.subject().isBlank()) {
            and(clause, "r.subject = :subject");
            parameters.put("subject", filter.subject().strip());
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
