package dev.portico.shell.menu;

import dev.portico.shell.security.CurrentUser;
import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The signed-in user's menu for this portal. */
@Named
@RequestScoped
public class MenuView {

    /** What a menu entry needs, already resolved for the user's locale. */
    public record Entry(String id, String title, String icon, String view) {
    }

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentUser user;

    private List<Entry> entries;

    public List<Entry> getEntries() {
        if (entries == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            entries = registry.reachable(user.getPortal(), user::allows).stream()
                    .map(m -> toEntry(m, locale, user.getPortal()))
                    .toList();
        }
        return entries;
    }

    /**
     * The start page's action: to the first reachable module that is the portal's home, if any
     * ({@code null}: stay and list the modules).
     */
    public String landing() {
        Portal portal = user.getPortal();
        return registry.reachable(portal, user::allows).stream().filter(m -> m.portalHome(portal)).findFirst()
                .map(module -> module.entryView(portal).replaceFirst("\\.xhtml$", "") + "?faces-redirect=true")
                .orElse(null);
    }

    /** Whether the user may open module {@code id} in this portal: pages link to another module only then. */
    public boolean reaches(String id) {
        return getEntries().stream().anyMatch(e -> e.id().equals(id));
    }

    private static Entry toEntry(PortalModule module, Locale locale, Portal portal) {
        return new Entry(module.id(), module.title(locale, portal), module.icon(), module.entryView(portal));
    }
}
