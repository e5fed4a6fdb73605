package dev.portico.modules.orders;

import dev.portico.crm.domain.QuoteStatus;
import dev.portico.crm.service.QuoteFilter;
import dev.portico.crm.service.Quotes;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code orders/list.xhtml}: quotes and signed orders, optionally of one status. */
@Named
@ViewScoped
public class QuoteListView implements Serializable {

    @EJB
    private transient Quotes quotes;

    private QuoteStatus status;
    private QuoteLazyModel model;

    /** Rebuilt when the status filter changes (a plain submit), so the table pages the new filter. */
    public QuoteLazyModel getModel() {
        if (model == null) {
            model = new QuoteLazyModel(quotes, new QuoteFilter(null, status));
        }
        return model;
    }

    public void filter() {
        model = null;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public void setStatus(QuoteStatus status) {
        this.status = status;
    }

    public QuoteStatus[] getStatuses() {
        return QuoteStatus.values();
    }
}
