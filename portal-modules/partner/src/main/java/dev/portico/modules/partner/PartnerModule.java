package dev.portico.modules.partner;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The partner portal, opened with {@code partner:view}. Outside, its dashboard is the external
 * portal's home; inside, partner support (who read every organisation) start at "view as
 * partner" and see one organisation's portal read-only ({@link PartnerViewFilter}).
 */
@ApplicationScoped
public class PartnerModule extends DeclaredModule {

    static final String VIEW_AS = "/partner/view-as.xhtml";

    public PartnerModule() {
        super("partner", PartnerPages.MESSAGES, "pi pi-home", "/partner/home.xhtml", Set.of(Portal.EXTERNAL, Portal.INTERNAL),
                Permission.of("partner", Action.VIEW), 1);
    }

    @Override
    public String entryView(Portal portal) {
        return portal == Portal.INTERNAL ? VIEW_AS : entryView();
    }

    @Override
    public String title(Locale locale, Portal portal) {
        return portal == Portal.INTERNAL ? ResourceBundle.getBundle(PartnerPages.MESSAGES, locale).getString("module.title.internal")
                : title(locale);
    }

    @Override
    public boolean portalHome(Portal portal) {
        return portal == Portal.EXTERNAL;
    }
}
