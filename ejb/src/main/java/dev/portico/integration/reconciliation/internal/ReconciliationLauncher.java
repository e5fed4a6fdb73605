package dev.portico.integration.reconciliation.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Properties;

/**
 * Books a run and hands it to the batch runtime (WildFly's JBeret). Outside any transaction: the
 * run's row is committed before the job's first step looks for it. Internal: the service checks
 * {@code integration:edit} first; the nightly timer starts it as the schedule.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconciliationLauncher {

    static final String JOB = "crm-erp-reconciliation";

    /** Per check statement; a run with more differences than this says it is truncated. */
    private static final String FINDING_LIMIT = System.getenv().getOrDefault("PORTICO_RECONCILIATION_LIMIT", "10000");

    @EJB
    private ReconciliationRuns runs;

    public long launch(String startedBy) {
        long runId = runs.create(startedBy, Instant.now());
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("findingLimit", Integer.toString(Integer.parseInt(FINDING_LIMIT)));
        try {
            runs.attach(runId, operator().start(JOB, parameters));
        } catch (RuntimeException e) {
            runs.failIfUnfinished(runId, "could not start the job: " + e, Instant.now());
            throw e;
        }
        return runId;
    }

    /** What the batch runtime says of an execution; {@code null} if it no longer knows it (after a restart). */
    public String jobStatus(Long executionId) {
        if (executionId == null) {
            return null;
        }
        try {
            return operator().getJobExecution(executionId).getBatchStatus().name();
        } catch (NoSuchJobExecutionException gone) {
            return null;
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
