package dev.portico.modules.purchasing;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Purchasing: opened with {@code purchasing:view}. In both portals: the warehouse works all
 * purchase orders internally, a supplier's users see and confirm their own in the partner portal.
 */
@ApplicationScoped
public class PurchasingModule extends DeclaredModule {

    public PurchasingModule() {
        super("purchasing", "dev.portico.modules.purchasing.messages", "pi pi-truck", "/purchasing/list.xhtml",
                Set.of(Portal.INTERNAL, Portal.EXTERNAL), Permission.of("purchasing", Action.VIEW), 45);
    }
}
