package dev.portico.integration.reconciliation;

import dev.portico.platform.export.ExportFile;
import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Runs the CRM ↔ ERP reconciliation job and reads its results. Starting needs
 * {@code integration:edit}; reading runs, findings and the report needs {@code integration:view}.
 */
@Local
public interface Reconciliations {

    int MAX_ROWS = 1000;

    /** Starts the job now, as the caller; it runs in the background (poll {@link #run(long)}). */
    RunSummary start();

    /** The newest runs first. */
    List<RunSummary> runs(@Min(1) @Max(MAX_ROWS) int limit);

    /** One run; a {@link dev.portico.crm.service.NoSuchRecordException} if there is none. */
    RunSummary run(long runId);

    /** A run's findings by kind, up to {@code limit}. */
    List<Finding> findings(long runId, @Min(1) @Max(100_000) int limit);

    /** A run's findings as a CSV file, with the run in the file's caption. */
    ExportFile report(long runId);
}
