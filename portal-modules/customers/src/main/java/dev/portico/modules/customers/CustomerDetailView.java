package dev.portico.modules.customers;

import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * Backs {@code customers/detail.xhtml?id=…}. An id that is malformed, unknown or outside the
 * user's scope gets the same 404 page: the page never tells which.
 */
@Named
@RequestScoped
public class CustomerDetailView {

    @EJB
    private CustomerAccountService accounts;

    private String id;
    private AccountSummary account;

    public void load() throws IOException {
        Optional<AccountSummary> found = parse(id).flatMap(accounts::find);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        account = found.get();
    }

    private static Optional<Long> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountSummary getAccount() {
        return account;
    }
}
