package dev.portico.modules.accessadmin;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

@ApplicationScoped
public class AccessAdminModule implements PortalModule {

    @Override
    public String id() {
        return "access-admin";
    }

    @Override
    public String title(Locale locale) {
        return ResourceBundle.getBundle("dev.portico.modules.accessadmin.messages", locale).getString("module.title");
    }

    @Override
    public String icon() {
        return "pi pi-shield";
    }

    @Override
    public String entryView() {
        return "/access-admin/policy.xhtml";
    }

    @Override
    public Set<Portal> portals() {
        return Set.of(Portal.INTERNAL);
    }

    @Override
    public Permission requiredPermission() {
        return Permission.of("access-admin", Action.VIEW);
    }

    @Override
    public int ranking() {
        return 80;
    }
}
