package dev.portico.access.service;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Records attempts to reach records outside one's scope, and views of sensitive fields, for the auditors. */
@Stateless
@PermitAll
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    /** The most an auditor's page shows at once; narrow by user for older entries. */
    public static final int MAX_ENTRIES = 500;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @EJB
    private AccessGuard guard;

    /** In a transaction of its own: the refused request may well roll back, the record must stay. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, Permission permission, String recordType, String recordId) {
        LOG.warning(() -> "Out-of-scope " + permission + " on " + recordType + " " + recordId + " by " + username);
        em.createNativeQuery("INSERT INTO access_log (username, permission, record_type, record_id, outcome) "
                        + "VALUES (?, ?, ?, ?, 'REFUSED')")
                .setParameter(1, username)
                .setParameter(2, permission.toString())
                .setParameter(3, recordType)
                .setParameter(4, recordId)
                .executeUpdate();
    }

    /**
     * A member of staff viewed a page of a partner organisation's portal on its behalf ("view as
     * partner"). Its own transaction, like a refusal: the view happened whatever the page does next.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void viewedOnBehalf(String organisation, String page) {
        Permission permission = Permission.of("partner", Action.VIEW);
        String actor = guard.require(permission).caller().username();
        em.createNativeQuery("INSERT INTO access_log (username, permission, record_type, record_id, outcome, on_behalf_of) "
                        + "VALUES (?, ?, 'partner-portal', ?, 'VIEWED', ?)")
                .setParameter(1, actor)
                .setParameter(2, permission.toString())
                .setParameter(3, page.length() > 64 ? page.substring(0, 64) : page)
                .setParameter(4, organisation)
                .executeUpdate();
    }

    /**
     * {@code username} viewed sensitive fields of one record (an employee's salary band) under
     * {@code permission}, which the caller must hold. Its own transaction: the view happened
     * whatever the request does next, and the value is shown only after this returns.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void viewedSensitive(Permission permission, String recordType, String recordId, List<String> fields) {
        String actor = guard.require(permission).caller().username();
        em.createNativeQuery("INSERT INTO access_log (username, permission, record_type, record_id, outcome, viewed_fields) "
                        + "VALUES (?, ?, ?, ?, 'VIEWED', ?)")
                .setParameter(1, actor)
                .setParameter(2, permission.toString())
                .setParameter(3, recordType)
                .setParameter(4, recordId)
                .setParameter(5, String.join(",", fields))
                .executeUpdate();
    }

    /** The newest entries, of one user if {@code username} is given; for auditors ({@code audit:view}). */
    public List<AccessLogEntry> entries(String username, int limit) {
        return entries(username, null, limit);
    }

    /**
     * The newest entries, narrowed to one acting user and/or one subject (the record looked at,
     * e.g. an employee's username: "who looked at bob's salary band?"); for auditors.
     */
    public List<AccessLogEntry> entries(String username, String subject, int limit) {
        guard.require(SegregationOfDuties.AUDIT_VIEW);
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (username != null && !username.isBlank()) {
            conditions.add("username = ?");
            values.add(username.strip());
        }
        if (subject != null && !subject.isBlank()) {
            conditions.add("record_id = ?");
            values.add(subject.strip());
        }
        var query = em.createNativeQuery("SELECT id, occurred_at, username, permission, record_type, record_id, outcome, on_behalf_of, "
                        + "viewed_fields FROM access_log" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY id DESC")
                .setMaxResults(Math.max(1, Math.min(limit, MAX_ENTRIES)));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new AccessLogEntry(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8]))
                .toList();
    }
}
