package dev.portico.modules.finance;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.partner.InvoiceState;
import dev.portico.erp.service.InvoiceQuery;
import dev.portico.erp.service.ReceivableInvoice;
import dev.portico.erp.service.Receivables;
import dev.portico.erp.service.SalesOrders;
import dev.portico.shell.PageActions;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code finance/invoices.xhtml?state=OVERDUE&account=12}: invoices across customers,
 * filtered by state and customer (the dashboard's and the ageing page's links arrive with
 * both), newest first, 100 at a time with "older"; overdue ones highlighted with their days; and
 * for {@code finance:edit} a payment against an invoice, partial or in full.
 */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    static final int PAGE = 100;

    @EJB
    private transient Receivables receivables;

    @EJB
    private transient SalesOrders orders;

    @EJB
    private transient CustomerAccounts accounts;

    @Inject
    private CurrentUser user;

    private String state;
    private Long account;
    private long before;
    private List<ReceivableInvoice> invoices;
    private Map<Long, String> names;
    private long count;
    private Instant now;

    private Long payInvoice;
    private BigDecimal payAmount;

    /** The view action: reads the page for the filter the URL carries; a tampered state reads as "any". */
    public void load() {
        now = Instant.now();
        InvoiceQuery query = query();
        invoices = receivables.invoices(query, before, PAGE);
        count = receivables.count(query);
        names = FinancePages.names(accounts, invoices.stream().map(ReceivableInvoice::crmAccountId).distinct().toList());
    }

    private InvoiceQuery query() {
        return new InvoiceQuery(parsedState().orElse(null), account == null || account <= 0 ? null : account);
    }

    private Optional<InvoiceState> parsedState() {
        return Arrays.stream(InvoiceState.values()).filter(s -> s.name().equals(state)).findFirst();
    }

    public void recordPayment() {
        Optional<ReceivableInvoice> invoice = payInvoice == null ? Optional.empty() : receivables.find(payInvoice);
        if (invoice.isEmpty()) {
            PageActions.warn(FacesContext.getCurrentInstance(), FinancePages.text("pay.noInvoice"));
        } else if (payAmount == null || payAmount.signum() <= 0) {
            PageActions.warn(FacesContext.getCurrentInstance(), FinancePages.text("pay.noAmount"));
        } else if (PageActions.run(FinancePages.MESSAGES, "pay.done", () -> orders.recordPayment(invoice.get().orderId(), payAmount),
                List.of(OrderStateException.class, IllegalArgumentException.class))) {
            payInvoice = null;
            payAmount = null;
        }
        load();
    }

    public boolean isEditable() {
        return user.allows(Permission.of("finance", Action.EDIT));
    }

    public String name(long crmAccountId) {
        return names.getOrDefault(crmAccountId, "#" + crmAccountId);
    }

    public String day(Instant instant) {
        return FinancePages.day(instant);
    }

    public long daysOverdue(ReceivableInvoice invoice) {
        return invoice.daysOverdue(now);
    }

    public boolean isMore() {
        return invoices.size() == PAGE;
    }

    /** The "older" link's cursor: the last id shown. */
    public long getNextBefore() {
        return invoices.isEmpty() ? 0 : invoices.get(invoices.size() - 1).id();
    }

    public List<InvoiceState> getStates() {
        return List.of(InvoiceState.values());
    }

    public List<ReceivableInvoice> getInvoices() {
        return invoices;
    }

    public long getCount() {
        return count;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() ? null : state;
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public long getBefore() {
        return before;
    }

    public void setBefore(long before) {
        this.before = Math.max(0, before);
    }

    public Long getPayInvoice() {
        return payInvoice;
    }

    public void setPayInvoice(Long payInvoice) {
        this.payInvoice = payInvoice;
    }

    public BigDecimal getPayAmount() {
        return payAmount;
    }

    public void setPayAmount(BigDecimal payAmount) {
        this.payAmount = payAmount;
    }
}
