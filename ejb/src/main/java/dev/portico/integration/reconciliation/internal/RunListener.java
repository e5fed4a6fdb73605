package dev.portico.integration.reconciliation.internal;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Marks the run as running when the job starts, and as failed if it ends without its last step. */
@Named("reconciliationRunListener")
@Dependent
public class RunListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private JobContext job;

    @EJB
    private ReconciliationRuns runs;

    @Override
    public void beforeJob() {
        runs.running(Long.parseLong(runId));
    }

    @Override
    public void afterJob() {
        runs.failIfUnfinished(Long.parseLong(runId), "job execution " + job.getExecutionId() + " ended "
                + job.getBatchStatus() + " (" + job.getExitStatus() + ")", Instant.now());
    }
}
