package dev.portico.modules.customers;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.domain.AccountStatus;
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
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code customers/account.xhtml?id=…}, the account's 360° page, read in one call. An id
 * that is malformed, unknown or outside the user's scope gets the same 404 page: the page never
 * tells which. A prospect's page offers "Make customer" to whom may edit the account; the
 * service checks the scope again.
 */
@Named
@RequestScoped
public class AccountView {

    private static final String MESSAGES = "dev.portico.modules.customers.messages";

    @EJB
    private AccountOverviews accounts360;

    @EJB
    private CustomerAccounts accounts;

    @Inject
    private CurrentUser user;

    private String id;
    private Account360 view;
    private final Instant now = Instant.now();

    public void load() throws IOException {
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
