package dev.portico.modules.service;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Service: opened with {@code service:view}; working a ticket needs {@code service:edit}, which the service checks. */
@ApplicationScoped
public class ServiceModule extends DeclaredModule {

    public ServiceModule() {
        super("service", "dev.portico.modules.service.messages", "pi pi-inbox", "/service/queue.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("service", Action.VIEW), 30);
    }
}
