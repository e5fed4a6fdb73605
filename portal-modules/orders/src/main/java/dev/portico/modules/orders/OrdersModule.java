package dev.portico.modules.orders;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Orders: opened with {@code orders:view}, internal portal only (partners have the partner
 * module): staff see their scope's quotes.
 */
@ApplicationScoped
public class OrdersModule extends DeclaredModule {

    public OrdersModule() {
        super("orders", "dev.portico.modules.orders.messages", "pi pi-shopping-cart", "/orders/list.xhtml",
                Set.of(Portal.INTERNAL), Permission.of("orders", Action.VIEW), 20);
    }
}
