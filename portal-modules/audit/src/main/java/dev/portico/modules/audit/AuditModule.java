package dev.portico.modules.audit;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

@ApplicationScoped
public class AuditModule implements PortalModule {

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String title(Locale locale) {
        return ResourceBundle.getBundle("dev.portico.modules.audit.messages", locale).getString("module.title");
    }

    @Override
    public String icon() {
        return "pi pi-book";
    }

    @Override
    public String entryView() {
        return "/audit/ledger.xhtml";
    }

    @Override
    public Set<Portal> portals() {
        return Set.of(Portal.INTERNAL);
    }

    @Override
    public Permission requiredPermission() {
        return Permission.of("audit", Action.VIEW);
    }

    @Override
    public int ranking() {
        return 90;
    }
}
