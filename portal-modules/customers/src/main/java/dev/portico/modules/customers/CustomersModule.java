package dev.portico.modules.customers;

import static dev.portico.access.Roles.FINANCE;
import static dev.portico.access.Roles.SALES_MANAGER;
import static dev.portico.access.Roles.SALES_REP;
import static dev.portico.access.Roles.SERVICE_AGENT;

import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

@ApplicationScoped
public class CustomersModule implements PortalModule {

    @Override
    public String id() {
        return "customers";
    }

    @Override
    public String title(Locale locale) {
        return ResourceBundle.getBundle("dev.portico.modules.customers.messages", locale).getString("module.title");
    }

    @Override
    public String icon() {
        return "pi pi-users";
    }

    @Override
    public String entryView() {
        return "/customers/list.xhtml";
    }

    @Override
    public Set<Portal> portals() {
        return Set.of(Portal.INTERNAL);
    }

    /** The same roles as {@code CustomerAccountService}, which checks them again. */
    @Override
    public Set<String> requiredRoles() {
        return Set.of(SALES_REP, SALES_MANAGER, SERVICE_AGENT, FINANCE);
    }

    @Override
    public int ranking() {
        return 10;
    }
}
