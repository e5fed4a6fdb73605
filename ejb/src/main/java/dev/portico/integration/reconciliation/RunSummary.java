package dev.portico.integration.reconciliation;

import java.io.Serializable;
import java.time.Instant;

/**
 * One reconciliation run. {@code status} is the run's own record (STARTING, RUNNING, COMPLETED,
 * FAILED); {@code jobStatus} is what Jakarta Batch's JobOperator says of its execution, or
 * {@code null} once the batch runtime no longer knows it (its job repository lives in memory).
 */
public record RunSummary(long id, Long jobExecutionId, String status, String jobStatus, String startedBy, Instant startedAt,
                         Instant finishedAt, int findingCount, boolean truncated, String failure) implements Serializable {

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }
}
