package dev.portico.modules.products;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Products &amp; stock: opened with {@code products:view} (sales, managers, warehouse); changes need {@code products:edit}. */
@ApplicationScoped
public class ProductsModule extends DeclaredModule {

    public ProductsModule() {
        super("products", "dev.portico.modules.products.messages", "pi pi-box", "/products/list.xhtml",
                Set.of(Portal.INTERNAL), Permission.of("products", Action.VIEW), 40);
    }
}
