package dev.portico.integration.reconciliation.internal;

import dev.portico.integration.reconciliation.Finding;
import dev.portico.integration.reconciliation.FindingKind;
import dev.portico.integration.reconciliation.RunSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of runs in {@code reconciliation_run}. Every change commits on its own
 * (REQUIRES_NEW): the job runs on the batch runtime's threads and must see a run its starter just
 * created, and a failed step must not take the record of its failure down with it. Internal:
 * the service checks permissions before it reads or starts anything through here.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconciliationRuns {

    private static final String RUN_COLUMNS = "SELECT id, job_execution_id, status, started_by, started_at, finished_at, "
            + "finding_count, truncated, failure FROM reconciliation_run ";

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    public long create(String startedBy, Instant now) {
        em.createNativeQuery("INSERT INTO reconciliation_run (status, started_by, started_at) VALUES ('STARTING', ?1, ?2)")
                .setParameter(1, startedBy)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public void attach(long runId, long executionId) {
        update("UPDATE reconciliation_run SET job_execution_id = ?2 WHERE id = ?1", runId, executionId);
    }

    public void running(long runId) {
        update("UPDATE reconciliation_run SET status = 'RUNNING' WHERE id = ?1 AND status = 'STARTING'", runId, null);
    }

    public void truncated(long runId) {
        update("UPDATE reconciliation_run SET truncated = TRUE WHERE id = ?1", runId, null);
    }

    public void complete(long runId, Instant now) {
        em.createNativeQuery("UPDATE reconciliation_run SET status = 'COMPLETED', finished_at = ?2, "
                        + "finding_count = (SELECT COUNT(*) FROM reconciliation_finding f WHERE f.run_id = ?1) WHERE id = ?1")
                .setParameter(1, runId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    /** Marks a run that did not complete as failed; a completed run stays completed. */
    public void failIfUnfinished(long runId, String reason, Instant now) {
        em.createNativeQuery("UPDATE reconciliation_run SET status = 'FAILED', finished_at = ?2, failure = ?3 "
                        + "WHERE id = ?1 AND status IN ('STARTING', 'RUNNING')")
                .setParameter(1, runId)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .executeUpdate();
    }

    public Optional<RunSummary> find(long runId) {
        return rows(em.createNativeQuery(RUN_COLUMNS + "WHERE id = ?1").setParameter(1, runId).getResultList()).stream().findFirst();
    }

    public List<RunSummary> newest(int limit) {
        return rows(em.createNativeQuery(RUN_COLUMNS + "ORDER BY started_at DESC, id DESC").setMaxResults(limit).getResultList());
    }

    public List<Finding> findings(long runId, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, kind, crm_account_id, erp_customer_id, quote_id, erp_order_id, crm_value, "
                        + "erp_value FROM reconciliation_finding WHERE run_id = ?1 ORDER BY kind, id")
                .setParameter(1, runId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Finding(number(r[0]), FindingKind.valueOf((String) r[1]),
                optional(r[2]), optional(r[3]), optional(r[4]), optional(r[5]), (String) r[6], (String) r[7])).toList();
    }

    private void update(String sql, long runId, Object second) {
        var query = em.createNativeQuery(sql).setParameter(1, runId);
        if (second != null) {
            query.setParameter(2, second);
        }
        query.executeUpdate();
    }

    /** The job's own status is filled in by the service, which asks the batch runtime. */
    private static List<RunSummary> rows(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(r -> new RunSummary(number(r[0]), optional(r[1]), (String) r[2], null,
                (String) r[3], instant(r[4]), instant(r[5]), (int) number(r[6]), truthy(r[7]), (String) r[8])).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long optional(Object value) {
        return value == null ? null : number(value);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }
}
