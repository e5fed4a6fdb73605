package dev.portico.modules.customers;

import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.CustomerAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code customers/list.xhtml}. */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    @EJB
    private transient CustomerAccounts accounts;

    private AccountLazyModel model;

    @PostConstruct
    void init() {
        model = new AccountLazyModel(accounts);
    }

    public AccountLazyModel getModel() {
        return model;
    }

    public Territory[] getTerritories() {
        return Territory.values();
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }
}
