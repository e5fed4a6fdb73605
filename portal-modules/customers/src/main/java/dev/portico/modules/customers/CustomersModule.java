package dev.portico.modules.customers;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
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
        return Set.of(Portal.INTERNAL, Portal.EXTERNAL);
    }

    /** The permission {@code CustomerAccountService} checks again for every call. */
    @Override
    public Permission requiredPermission() {
        return Permission.of("customers", Action.VIEW);
    }

    @Override
    public int ranking() {
        return 10;
    }
}
