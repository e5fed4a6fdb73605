package dev.portico.modules.audit;

import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.domain.LedgerVerification;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.paging.PageRequest;
import dev.portico.shell.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code audit/ledger.xhtml}: the ledger, newest first, filtered and paged by the
 * database. Like the access report, the exports use the filter last applied.
 */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    @EJB
    private transient GrantLedger ledger;

    private LedgerFilterForm form = new LedgerFilterForm();
    private LedgerFilter applied = LedgerFilter.ANY;
    private LazyDataModel<LedgerEntry> entries;

    @PostConstruct
    void init() {
        GrantLedger service = ledger;
        entries = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return Math.toIntExact(service.count(applied));
            }

            @Override
            public List<LedgerEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return service.history(applied, new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, true));
            }

            @Override
            public String getRowKey(LedgerEntry entry) {
                return Long.toString(entry.seq());
            }
        };
    }

    public void apply() {
        applied = form.toFilter();
        ReportTables.showFirstPage(":ledger-form:entries");
    }

    public void clear() {
        form = new LedgerFilterForm();
        apply();
    }

    public void exportCsv() {
        Downloads.send(ledger.export(applied, ExportFormat.CSV));
    }

    public void exportPdf() {
        Downloads.send(ledger.export(applied, ExportFormat.PDF));
    }

    public void verify() {
        LedgerVerification result = ledger.verify();
        ResourceBundle messages = ResourceBundle.getBundle("dev.portico.modules.audit.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        FacesMessage message = result.ok()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO,
                        MessageFormat.format(messages.getString("ledger.ok"), result.entriesChecked(), result.lastHash()), null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        MessageFormat.format(messages.getString("ledger.broken"), result.firstBadSeq(), result.defect(), result.problem()), null);
        FacesContext.getCurrentInstance().addMessage(null, message);
        // The line an auditor keeps outside Portico: a later verify against it shows a rolled-back tail.
        ledger.latestCheckpoint().ifPresent(checkpoint -> FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(messages.getString("ledger.checkpoint"),
                        Long.toString(checkpoint.seq()), checkpoint.at().toString(), checkpoint.line()), null)));
    }

    public LazyDataModel<LedgerEntry> getEntries() {
        return entries;
    }

    public LedgerFilterForm getForm() {
        return form;
    }

    public LedgerEvent[] getEvents() {
        return LedgerEvent.values();
    }
}
