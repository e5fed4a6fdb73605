package dev.portico.modules.orders;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.domain.QuoteNotSignableException;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.PriceChangeNotice;
import dev.portico.crm.service.QuoteDetail;
import dev.portico.crm.service.Quotes;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
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
    private String approvalReason;

    @Inject
    private CurrentUser user;

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

    /** A sales manager approves a discount beyond what the owner may give; the service refuses anything else. */
    public void approveDiscount() throws IOException {
        if (approvalReason == null || approvalReason.isBlank()) {
            PageActions.warn(FacesContext.getCurrentInstance(), "reason: must be given (it goes into the audit ledger)");
            return;
        }
        if (PageActions.run("dev.portico.modules.orders.messages", "quote.discountApproved",
                () -> quotes.approveDiscount(detail.quote().id(), approvalReason), List.of(QuoteNotSignableException.class, NoSuchRecordException.class))) {
            approvalReason = null;
        }
        load();
    }

    /** A signed quote's "order again": a new draft at today's prices, opened at once. */
    public String orderAgain() {
        long[] made = new long[1];
        if (PageActions.run("dev.portico.modules.orders.messages", "quote.orderedAgain",
                () -> made[0] = quotes.orderAgain(detail.quote().id()).id(),
                List.of(QuoteNotSignableException.class, NoSuchRecordException.class, dev.portico.crm.domain.PipelineStateException.class,
                        dev.portico.crm.service.QuoteLinesException.class))) {
            return "/orders/quote?faces-redirect=true&id=" + made[0];
        }
        return null;
    }

    public boolean isApprover() {
        return user.allows(Permission.of("orders", Action.APPROVE));
    }

    public String getApprovalReason() {
        return approvalReason;
    }

    public void setApprovalReason(String approvalReason) {
        this.approvalReason = approvalReason;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    private List<PriceChangeNotice> priceChanges;

    /** List prices that moved since the draft was written: the owner re-prices or signs knowingly. */
    public List<PriceChangeNotice> getPriceChanges() {
        if (priceChanges == null) {
            priceChanges = quotes.priceChanges(detail.quote().id());
        }
        return priceChanges;
    }

    public QuoteDetail getDetail() {
        return detail;
    }
}
