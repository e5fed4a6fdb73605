package dev.portico.modules.customers;

import dev.portico.crm.service.Account360;
import dev.portico.crm.service.AccountOverviews;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.TicketSummary;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Backs {@code customers/account.xhtml?id=…}, the account's 360° page, read in one call. An id
 * that is malformed, unknown or outside the user's scope gets the same 404 page: the page never
 * tells which.
 */
@Named
@RequestScoped
public class AccountView {

    @EJB
    private AccountOverviews accounts360;

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
