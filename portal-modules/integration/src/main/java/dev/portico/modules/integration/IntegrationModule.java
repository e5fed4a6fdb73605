package dev.portico.modules.integration;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Integration: opened with {@code integration:view}; replaying a dead letter or running a job or an
 * import needs {@code integration:edit}, which the services check.
 */
@ApplicationScoped
public class IntegrationModule extends DeclaredModule {

    public IntegrationModule() {
        super("integration", "dev.portico.modules.integration.messages", "pi pi-sitemap", "/integration/monitor.xhtml",
                Set.of(Portal.INTERNAL), Permission.of("integration", Action.VIEW), 70);
    }
}
