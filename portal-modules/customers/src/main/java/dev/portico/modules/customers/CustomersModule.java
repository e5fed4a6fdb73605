package dev.portico.modules.customers;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Customers: opened with {@code customers:view}, which the service checks again on every call. */
@ApplicationScoped
public class CustomersModule extends DeclaredModule {

    public CustomersModule() {
        super("customers", "dev.portico.modules.customers.messages", "pi pi-users", "/customers/list.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("customers", Action.VIEW), 10);
    }
}
