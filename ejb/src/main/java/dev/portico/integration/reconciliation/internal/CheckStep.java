package dev.portico.integration.reconciliation.internal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;

/**
 * A step of the reconciliation job: one {@link ReconciliationChecks.Check}, named by the step's
 * {@code check} property. A failure is written to the run before it fails the job, so the run
 * page can say why.
 */
@Named("reconciliationCheck")
@Dependent
public class CheckStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String check;

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String findingLimit;

    @Inject
    @BatchProperty
    private String graceMinutes;

    @EJB
    private ReconciliationChecks checks;

    @EJB
    private ReconciliationRuns runs;

    @Override
    public String process() {
        long run = Long.parseLong(runId);
        try {
            Instant cutoff = Instant.now().minus(Duration.ofMinutes(Long.parseLong(graceMinutes)));
            if (checks.run(ReconciliationChecks.Check.valueOf(check), run, Integer.parseInt(findingLimit), cutoff)) {
                runs.truncated(run);
            }
            return "CHECKED";
        } catch (RuntimeException e) {
            runs.failIfUnfinished(run, "check " + check + " failed: " + e, Instant.now());
            throw e;
        }
    }
}
