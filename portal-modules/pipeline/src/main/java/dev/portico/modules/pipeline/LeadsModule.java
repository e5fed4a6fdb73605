package dev.portico.modules.pipeline;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The leads inbox, opened with {@code leads:view} inside: a rep's territory, every lead for the
 * sales manager. Partners register leads on their own page of the partner portal, never here.
 */
@ApplicationScoped
public class LeadsModule extends DeclaredModule {

    public LeadsModule() {
        super("leads", "dev.portico.modules.pipeline.leads", "pi pi-inbox", "/leads/inbox.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("leads", Action.VIEW), 14);
    }
}
