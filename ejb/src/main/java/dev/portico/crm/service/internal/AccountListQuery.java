package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopeColumns;
import dev.portico.access.query.ScopePredicate;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSort;
import dev.portico.crm.service.AccountSummary;
import dev.portico.platform.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JPQL for the account list: one WHERE clause, the caller's data scope first, shared
 * by the row query and the count, so both always agree. Every value travels as a bind
 * parameter; sort columns come from {@link AccountSort} only.
 */
final class AccountListQuery {

    static final String SELECT_ROWS = "SELECT NEW dev.portico.crm.service.AccountSummary("
            + "a.id, a.name, a.territory, a.ownerUsername, p.name, a.city, a.country, a.status, a.createdAt) "
            + "FROM CustomerAccount a LEFT JOIN a.partnerOrganisation p";
    private static final String SELECT_COUNT = "SELECT COUNT(a) FROM CustomerAccount a LEFT JOIN a.partnerOrganisation p";

    /** Where a customer account keeps what the data scopes test. */
    static final ScopeColumns SCOPE_COLUMNS = new ScopeColumns("a.territory", Territory::valueOf, "a.ownerUsername", "p.alias");

    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    AccountListQuery(ScopePredicate scope, AccountFilter filter) {
        StringBuilder clause = new StringBuilder();
        if (scope.jpql() != null) {
            and(clause, scope.jpql());
            parameters.putAll(scope.parameters());
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            and(clause, "a.name LIKE :name ESCAPE '\\'");
            parameters.put("name", "%" + escapeLike(filter.nameContains().strip()) + "%");
        }
        if (filter.territory() != null) {
            and(clause, "a.territory = :territory");
            parameters.put("territory", filter.territory());
        }
        if (filter.status() != null) {
            and(clause, "a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.ownerUsername() != null && !filter.ownerUsername().isBlank()) {
            and(clause, "a.ownerUsername = :owner");
            parameters.put("owner", filter.ownerUsername().strip());
        }
        this.where = clause.toString();
    }

    TypedQuery<AccountSummary> rows(EntityManager em, PageRequest page) {
        AccountSort sort = AccountSort.byField(page.sortField()).orElse(AccountSort.NAME);
        String direction = page.descending() ? " DESC" : " ASC";
        // id breaks ties so that paging is stable when many rows share the sort value.
        String jpql = SELECT_ROWS + where + " ORDER BY " + sort.jpqlPath() + direction + ", a.id" + direction;
        TypedQuery<AccountSummary> query = em.createQuery(jpql, AccountSummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The next {@code limit} rows after the cursor {@code afterId}, in id order (keyset paging on the primary key). */
    TypedQuery<AccountSummary> after(EntityManager em, long afterId, int limit) {
        String jpql = SELECT_ROWS + where + (where.isEmpty() ? " WHERE " : " AND ") + "a.id > :afterId ORDER BY a.id";
        TypedQuery<AccountSummary> query = em.createQuery(jpql, AccountSummary.class)
                .setParameter("afterId", afterId)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** One account, if it exists and lies within the scope. */
    TypedQuery<AccountSummary> byId(EntityManager em, long id) {
        String jpql = SELECT_ROWS + where + (where.isEmpty() ? " WHERE " : " AND ") + "a.id = :id";
        TypedQuery<AccountSummary> query = em.createQuery(jpql, AccountSummary.class).setParameter("id", id);
        parameters.forEach(query::setParameter);
        return query;
    }

    TypedQuery<Long> count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery(SELECT_COUNT + where, Long.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void and(StringBuilder clause, String predicate) {
        clause.append(clause.isEmpty() ? " WHERE " : " AND ").append(predicate);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
