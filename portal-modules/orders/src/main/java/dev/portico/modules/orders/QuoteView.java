package dev.portico.modules.orders;

import dev.portico.crm.domain.QuoteNotSignableException;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.QuoteDetail;
import dev.portico.crm.service.Quotes;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Backs {@code orders/quote.xhtml?id=…}: a quote, its lines, its order's timeline, and signing
 * it. A malformed, unknown or out-of-scope id gets the 404 page, as in the customers module.
 * View-scoped so that the sign form, rendered for a draft only, is still there on its postback.
 */
@Named
@ViewScoped
public class QuoteView implements Serializable {

    @EJB
    private transient Quotes quotes;

    private String id;
    private QuoteDetail detail;

    public void load() throws IOException {
        Optional<QuoteDetail> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(quotes::find));
        if (found.isEmpty()) {
            return;
        }
        detail = found.get();
    }

    /** A refusal (a prospect, signed meanwhile, gone) is a message on the page, which then shows the quote as it is now. */
    public void sign() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = ResourceBundle.getBundle("dev.portico.modules.orders.messages", faces.getViewRoot().getLocale());
        try {
            quotes.sign(RecordPages.id(id).orElseThrow(() -> new NoSuchRecordException("quote", -1)));
            faces.addMessage(null, new FacesMessage(messages.getString("quote.signed.done")));
        } catch (QuoteNotSignableException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        } catch (NoSuchRecordException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, messages.getString("quote.missing"), null));
            return;
        }
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public QuoteDetail getDetail() {
        return detail;
    }
}
