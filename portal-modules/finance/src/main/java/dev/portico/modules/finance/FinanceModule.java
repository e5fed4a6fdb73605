package dev.portico.modules.finance;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Finance: opened with {@code finance:view}, which the receivables service checks again on every call. */
@ApplicationScoped
public class FinanceModule extends DeclaredModule {

    public FinanceModule() {
        super("finance", FinancePages.MESSAGES, "pi pi-wallet", "/finance/ageing.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("finance", Action.VIEW), 25);
    }
}
