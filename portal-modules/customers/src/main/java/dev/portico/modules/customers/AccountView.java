package dev.portico.modules.customers;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.AccountTier;
import dev.portico.crm.service.Account360;
import dev.portico.crm.service.AccountOverviews;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.TicketSummary;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code customers/account.xhtml?id=…}, the account's 360° page, read in one call. An id
 * that is malformed, unknown or outside the user's scope gets the same 404 page: the page never
 * tells which. A prospect's page offers "Make customer" to whom may edit the account, and
 * every account's page its contact tier and re-order interval; the service checks the scope
 * again. View-scoped, as the product page: a form refused by Faces' own validation (a 0-day
 * interval, a tampered tier) re-renders the page without running an action, and the account
 * must still be there.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final String MESSAGES = "dev.portico.modules.customers.messages";

    @EJB
    private transient AccountOverviews accounts360;

    @EJB
    private transient CustomerAccounts accounts;

    @Inject
    private CurrentUser user;

    private String id;
    private Account360 view;
    private Instant now = Instant.now();
    private AccountTier tier;
    private Integer reorderDays;

    public void load() throws IOException {
        now = Instant.now();
        Optional<Account360> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(accounts360::find));
        if (found.isEmpty()) {
            return;
        }
        view = found.get();
    }

    /** The view action does not run on a postback, hence the load before and after. */
    public void activate() throws IOException {
        load();
        if (view != null) {
            long account = view.account().id();
            PageActions.run(MESSAGES, "detail.activated", () -> accounts.activate(account), List.of(NoSuchRecordException.class));
            load();
        }
    }

    /**
     * Saves the tier and re-order interval the edit form carries. Through the service, which
     * checks {@code customers:edit} over the account again and validates the interval.
     */
    public void saveCadence() throws IOException {
        load();
        if (view != null) {
            long account = view.account().id();
            PageActions.run(MESSAGES, "detail.cadence.saved", () -> accounts.setCadence(account, tier, reorderDays),
                    List.of(NoSuchRecordException.class, IllegalArgumentException.class));
            load();
        }
    }

    /** Whether the page offers to change the account: the service decides again on saving. */
    public boolean isEditable() {
        return user.allows(Permission.of("customers", Action.EDIT));
    }

    public List<AccountTier> getTiers() {
        return List.of(AccountTier.values());
    }

    public AccountTier getTier() {
        return tier != null ? tier : view == null ? null : view.cadence().tier();
    }

    public void setTier(AccountTier tier) {
        this.tier = tier;
    }

    public Integer getReorderDays() {
        return reorderDays != null ? reorderDays : view == null ? null : view.cadence().reorderIntervalDays();
    }

    public void setReorderDays(Integer reorderDays) {
        this.reorderDays = reorderDays;
    }

    public int getMaxReorderDays() {
        return CustomerAccounts.MAX_REORDER_DAYS;
    }

    public boolean isActivatable() {
        return view.account().status() == AccountStatus.PROSPECT && user.allows(Permission.of("customers", Action.EDIT));
    }

    public boolean overdue(TicketSummary ticket) {
        return ticket.overdue(now);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountSummary getAccount() {
        return view.account();
    }

    public Account360 getView() {
        return view;
    }
}
