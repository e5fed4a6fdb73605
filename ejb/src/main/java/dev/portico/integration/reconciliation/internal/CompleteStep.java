package dev.portico.integration.reconciliation.internal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** The job's last step: counts the run's findings and marks it completed. */
@Named("reconciliationComplete")
@Dependent
public class CompleteStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String runId;

    @EJB
    private ReconciliationRuns runs;

    @Override
    public String process() {
        runs.complete(Long.parseLong(runId), Instant.now());
        return "COMPLETED";
    }
}
