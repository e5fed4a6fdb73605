package dev.portico.modules.integration.batch;

import dev.portico.integration.reconciliation.Finding;
import dev.portico.integration.reconciliation.Reconciliations;
import dev.portico.integration.reconciliation.RunSummary;
import dev.portico.shell.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code integration/reconciliation.xhtml}: start a run, list runs, one run's findings and its CSV. */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {

    private static final int RUNS = 20;
    private static final int FINDINGS_ON_SCREEN = 500;

    @EJB
    private transient Reconciliations reconciliation;

    private List<RunSummary> runs;
    private RunSummary selected;
    private List<Finding> findings = List.of();

    @PostConstruct
    void load() {
        runs = reconciliation.runs(RUNS);
    }

    public void start() {
        RunSummary started = reconciliation.start();
        runs = reconciliation.runs(RUNS);
        BatchMessages.info("reconciliation.started", started.id());
    }

    public void refresh() {
        runs = reconciliation.runs(RUNS);
        if (selected != null) {
            open(selected.id());
        }
    }

    public void open(long runId) {
        selected = reconciliation.run(runId);
        findings = reconciliation.findings(runId, FINDINGS_ON_SCREEN);
    }

    public void download(long runId) {
        Downloads.send(reconciliation.report(runId));
    }

    public List<RunSummary> getRuns() {
        return runs;
    }

    public RunSummary getSelected() {
        return selected;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public int getFindingsOnScreen() {
        return FINDINGS_ON_SCREEN;
    }
}
