package dev.portico.modules.audit;

import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerVerification;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.platform.paging.PageRequest;
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

/** Backs {@code audit/ledger.xhtml}: the ledger, newest first, paged by the database. */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    @EJB
    private transient GrantLedger ledger;

    private LazyDataModel<LedgerEntry> entries;

    @PostConstruct
    void init() {
        GrantLedger service = ledger;
        entries = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return Math.toIntExact(service.count(LedgerFilter.ANY));
            }

            @Override
            public List<LedgerEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return service.history(LedgerFilter.ANY, new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, true));
            }

            @Override
            public String getRowKey(LedgerEntry entry) {
                return Long.toString(entry.seq());
            }
        };
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
    }

    public LazyDataModel<LedgerEntry> getEntries() {
        return entries;
    }
}
