package dev.portico.modules.accessadmin;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Access administration: opened with {@code access-admin:view}; changes need {@code access-admin:edit}. */
@ApplicationScoped
public class AccessAdminModule extends DeclaredModule {

    public AccessAdminModule() {
        super("access-admin", "dev.portico.modules.accessadmin.messages", "pi pi-shield", "/access-admin/policy.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("access-admin", Action.VIEW), 80);
    }
}
