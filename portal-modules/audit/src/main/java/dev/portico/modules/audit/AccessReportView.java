package dev.portico.modules.audit;

import dev.portico.access.domain.Action;
import dev.portico.audit.report.AccessReportFilter;
import dev.portico.audit.report.AccessReportRow;
import dev.portico.audit.report.EffectiveAccessReport;
import dev.portico.platform.export.ExportFormat;
import dev.portico.shell.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code audit/access.xhtml}. The exports use the filter last applied, not what is typed
 * but not yet applied, so a file always holds the rows on the screen.
 */
@Named
@ViewScoped
public class AccessReportView implements Serializable {

    @EJB
    private transient EffectiveAccessReport report;

    private AccessReportForm form = new AccessReportForm();
    private AccessReportFilter applied = AccessReportFilter.ANY;
    private List<AccessReportRow> rows;

    @PostConstruct
    void init() {
        rows = report.rows(applied);
    }

    public void apply() {
        applied = form.toFilter();
        ReportTables.showFirstPage(":access-form:rows");
        rows = report.rows(applied);
    }

    public void clear() {
        form = new AccessReportForm();
        apply();
    }

    public void exportCsv() {
        Downloads.send(report.export(applied, ExportFormat.CSV));
    }

    public void exportPdf() {
        Downloads.send(report.export(applied, ExportFormat.PDF));
    }

    public AccessReportForm getForm() {
        return form;
    }

    public List<AccessReportRow> getRows() {
        return rows;
    }

    public Action[] getActions() {
        return Action.values();
    }
}
