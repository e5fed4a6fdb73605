package dev.portico.modules.customers;

import dev.portico.crm.service.Account360;
import dev.portico.crm.service.Account360Service;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.TicketSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Backs {@code customers/detail.xhtml?id=…}, the account's 360° page, read in one call. An id
 * that is malformed, unknown or outside the user's scope gets the same 404 page: the page never
 * tells which.
 */
@Named
@RequestScoped
public class CustomerDetailView {

    @EJB
    private Account360Service accounts360;

    private String id;
    private Account360 view;
    private final Instant now = Instant.now();

    public void load() throws IOException {
        Optional<Account360> found = parse(id).flatMap(accounts360::find);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        view = found.get();
    }

    private static Optional<Long> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
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
