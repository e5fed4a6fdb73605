package dev.portico.modules.partner;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The partner portal, opened with {@code partner:view}; its dashboard is the external portal's home. */
@ApplicationScoped
public class PartnerModule extends DeclaredModule {

    public PartnerModule() {
        super("partner", PartnerPages.MESSAGES, "pi pi-home", "/partner/home.xhtml", Set.of(Portal.EXTERNAL),
                Permission.of("partner", Action.VIEW), 1);
    }

    @Override
    public boolean portalHome() {
        return true;
    }
}
