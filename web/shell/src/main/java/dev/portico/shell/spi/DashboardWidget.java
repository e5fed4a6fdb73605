package dev.portico.shell.spi;

import dev.portico.access.domain.Permission;
import java.util.Locale;
import java.util.Set;

/**
 * A tile of the internal home page, contributed by a module like its {@link PortalModule}: a CDI
 * bean in the module's JAR. The home shows the widgets whose permission the user holds, in
 * ranking order; there is no hand-kept list. A widget's figures come from the same scoped
 * services as the module's lists (a widget never shows what its list would refuse), and each
 * figure links to the list behind it.
 */
public interface DashboardWidget {

    /** Unique across modules; also the tile's element id ({@code widget-<id>}). */
    String id();

    String title(Locale locale);

    /** Who sees it; the services behind it check their own permissions again. */
    Permission requiredPermission();

    default Set<Portal> portals() {
        return Set.of(Portal.INTERNAL);
    }

    /** Position on the home: lower comes first. */
    default int ranking() {
        return 100;
    }

    /** The figures for the signed-in user, computed now, labels in {@code locale}. */
    WidgetContent content(Locale locale);
}
