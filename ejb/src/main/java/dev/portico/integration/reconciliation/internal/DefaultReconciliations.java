package dev.portico.integration.reconciliation.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.integration.reconciliation.Finding;
import dev.portico.integration.reconciliation.Reconciliations;
import dev.portico.integration.reconciliation.RunSummary;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.Table;
import dev.portico.platform.export.TableExporter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Starting needs {@code integration:edit}; everything else {@code integration:view}. */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultReconciliations implements Reconciliations {

    static final Permission VIEW = Permission.of("integration", Action.VIEW);
    static final Permission EDIT = Permission.of("integration", Action.EDIT);

    /** Every finding a run can hold: each of the seven statements stops at the limit. */
    private static final int REPORT_ROWS = 100_000;

    @EJB
    private AccessGuard guard;

    @EJB
    private ReconciliationLauncher launcher;

    @EJB
    private ReconciliationRuns runs;

    @Override
    public RunSummary start() {
        String caller = guard.require(EDIT).caller().username();
        return withJobStatus(found(launcher.launch(caller)));
    }

    @Override
    public List<RunSummary> runs(int limit) {
        guard.require(VIEW);
        return runs.newest(limit).stream().map(this::withJobStatus).toList();
    }

    @Override
    public RunSummary run(long runId) {
        guard.require(VIEW);
        return withJobStatus(found(runId));
    }

    @Override
    public List<Finding> findings(long runId, int limit) {
        guard.require(VIEW);
        found(runId);
        return runs.findings(runId, limit);
    }

    @Override
    public ExportFile report(long runId) {
        String reader = guard.require(VIEW).caller().username();
        RunSummary run = found(runId);
        List<List<String>> rows = runs.findings(runId, REPORT_ROWS).stream().map(f -> List.of(f.kind().category().name(),
                f.kind().name(), text(f.crmAccountId()), text(f.erpCustomerId()), text(f.quoteId()), text(f.erpOrderId()),
                Objects.requireNonNullElse(f.crmValue(), ""), Objects.requireNonNullElse(f.erpValue(), ""))).toList();
        String caption = "Run " + run.id() + " started by " + run.startedBy() + " at " + run.startedAt() + ", " + run.status()
                + ", " + run.findingCount() + " finding(s)" + (run.truncated() ? " (truncated: more differences exist)" : "")
                + ". Exported by " + reader + " at " + Instant.now() + ".";
        Table table = new Table("CRM / ERP reconciliation", caption, List.of("category", "kind", "crm_account_id",
                "erp_customer_id", "quote_id", "erp_order_id", "crm_value", "erp_value"), rows);
        return TableExporter.export(table, ExportFormat.CSV, "reconciliation-run-" + run.id());
    }

    private RunSummary found(long runId) {
        return runs.find(runId).orElseThrow(() -> new NoSuchRecordException("reconciliation-run", runId));
    }

    private RunSummary withJobStatus(RunSummary run) {
        return new RunSummary(run.id(), run.jobExecutionId(), run.status(), launcher.jobStatus(run.jobExecutionId()),
                run.startedBy(), run.startedAt(), run.finishedAt(), run.findingCount(), run.truncated(), run.failure());
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }
}
