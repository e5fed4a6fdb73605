package dev.portico.modules.orders;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.crm.domain.DiscountException;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.QuoteLinesException;
import dev.portico.crm.service.Quotes;
import dev.portico.platform.paging.PageRequest;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * Backs {@code orders/new.xhtml[?account=…]}: a draft quote of up to {@link #ROWS} lines, a
 * plain form that works without scripts. Rows left without a SKU are ignored; the service
 * validates the rest and checks that the account is within the caller's scope.
 */
@Named
@ViewScoped
public class NewQuoteView implements Serializable {

    static final int ROWS = 5;
    private static final int MAX_ACCOUNTS = 500;

    /** One editable row of the form. */
    public static class Row implements Serializable {
        private String sku;
        private String description;
        private Integer quantity;
        private BigDecimal discountPercent;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getDiscountPercent() {
            return discountPercent;
        }

        public void setDiscountPercent(BigDecimal discountPercent) {
            this.discountPercent = discountPercent;
        }

        boolean isBlank() {
            return sku == null || sku.isBlank();
        }
    }

    @EJB
    private transient Quotes quotes;

    @EJB
    private transient CustomerAccounts accounts;

    @Inject
    private CurrentUser user;

    private Long account;
    private String discountReason;
    private final List<Row> rows = new ArrayList<>(IntStream.range(0, ROWS).mapToObj(i -> new Row()).toList());
    private List<AccountSummary> choices;

    /** The accounts one may pick, by name; none for a role without {@code customers:view}, who then comes with {@code ?account=}. */
    public List<AccountSummary> getChoices() {
        if (choices == null) {
            try {
                choices = accounts.list(AccountFilter.ANY, new PageRequest(0, MAX_ACCOUNTS, "name", false));
            } catch (AccessDeniedException noCustomers) {
                choices = List.of();
            }
        }
        return choices;
    }

    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = ResourceBundle.getBundle("dev.portico.modules.orders.messages", faces.getViewRoot().getLocale());
        List<NewQuoteLine> lines = rows.stream().filter(r -> !r.isBlank())
                .map(r -> new NewQuoteLine(r.getSku(), r.getDescription(), r.getQuantity() == null ? 0 : r.getQuantity(),
                        isPartner() ? null : r.getDiscountPercent()))
                .toList();
        if (account == null || lines.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, messages.getString("new.incomplete"), null));
            return null;
        }
        try {
            // Priced by the ERP, in its price list's currency.
            long id = quotes.create(new NewQuote(account, null, lines, isPartner() ? null : discountReason)).id();
            return "/orders/quote?faces-redirect=true&id=" + id;
        } catch (QuoteLinesException refused) {
            refused.problems().forEach((line, problem) -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    MessageFormat.format(messages.getString("new.lineRefused"), line + 1, problem), null)));
        } catch (DiscountException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        } catch (NoSuchRecordException unknown) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, messages.getString("new.noAccount"), null));
        } catch (EJBException invalid) {
            if (!(invalid.getCause() instanceof ConstraintViolationException violations)) {
                throw invalid;
            }
            violations.getConstraintViolations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    v.getPropertyPath() + ": " + v.getMessage(), null)));
        }
        return null;
    }

    /** Partners (users of a partner organisation) see no discount field: their organisation's prices apply. */
    public boolean isPartner() {
        return !user.getOrganisations().isEmpty();
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public String getDiscountReason() {
        return discountReason;
    }

    public void setDiscountReason(String discountReason) {
        this.discountReason = discountReason;
    }

    public List<Row> getRows() {
        return rows;
    }
}
