package dev.portico.modules.purchasing;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Purchasing: opened with {@code purchasing:view}, internal only: the warehouse works every
 * purchase order here. Suppliers' users work theirs in the partner portal's supply pages, made
 * for them ({@code erp.supplier}), not these.
 */
@ApplicationScoped
public class PurchasingModule extends DeclaredModule {

    public PurchasingModule() {
        super("purchasing", "dev.portico.modules.purchasing.messages", "pi pi-truck", "/purchasing/list.xhtml",
                Set.of(Portal.INTERNAL), Permission.of("purchasing", Action.VIEW), 45);
    }
}
