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
import java.util.List;
import java.util.logging.Logger;

/** Records attempts to reach records outside one's scope, for the auditors. */
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

    /** The newest entries, of one user if {@code username} is given; for auditors ({@code audit:view}). */
    public List<AccessLogEntry> entries(String username, int limit) {
        guard.require(SegregationOfDuties.AUDIT_VIEW);
        boolean one = username != null && !username.isBlank();
        var query = em.createNativeQuery("SELECT id, occurred_at, username, permission, record_type, record_id, outcome, on_behalf_of "
                        + "FROM access_log" + (one ? " WHERE username = ?" : "") + " ORDER BY id DESC")
                .setMaxResults(Math.max(1, Math.min(limit, MAX_ENTRIES)));
        if (one) {
            query.setParameter(1, username.strip());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new AccessLogEntry(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7]))
                .toList();
    }
}
