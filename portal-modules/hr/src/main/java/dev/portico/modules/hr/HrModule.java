package dev.portico.modules.hr;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** HR summaries and records: opened with {@code hr:view} (a manager's team, or everyone for HR). */
@ApplicationScoped
public class HrModule extends DeclaredModule {

    public HrModule() {
        super("hr", "dev.portico.modules.hr.messages", "pi pi-users", "/hr/summary.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("hr", Action.VIEW), 60);
    }
}
