package dev.portico.modules.hr;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;

/** The staff directory, for every member of staff ({@code directory:view}); titled by its own bundle key. */
@ApplicationScoped
public class DirectoryModule extends DeclaredModule {

    public DirectoryModule() {
        super("directory", "dev.portico.modules.hr.directory", "pi pi-id-card", "/directory/list.xhtml", java.util.Set.of(Portal.INTERNAL),
                Permission.of("directory", Action.VIEW), 5);
    }
}
