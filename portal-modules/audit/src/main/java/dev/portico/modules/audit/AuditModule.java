package dev.portico.modules.audit;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Audit: opened with {@code audit:view}, on the effective access report. */
@ApplicationScoped
public class AuditModule extends DeclaredModule {

    public AuditModule() {
        super("audit", "dev.portico.modules.audit.messages", "pi pi-book", "/audit/access.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("audit", Action.VIEW), 90);
    }
}
