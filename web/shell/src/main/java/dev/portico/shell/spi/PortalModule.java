package dev.portico.shell.spi;

import dev.portico.access.domain.Permission;
import java.util.Locale;
import java.util.Set;

/**
 * A module's declaration: what it is called, where it starts, in which portals it appears and
 * who may open it. Implementations are {@code @ApplicationScoped} beans in the module's JAR.
 */
public interface PortalModule {

    /** Also the first segment of the module's view paths: {@code /customers/list.xhtml}. */
    String id();

    String title(Locale locale);

    /** A PrimeIcons class, e.g. {@code pi pi-users}. */
    String icon();

    /** The view the menu links to, relative to the portal's context root. */
    String entryView();

    /**
     * The entry view in one portal, for a module that appears in two and starts differently in
     * each (the partner portal: the partner's dashboard outside, "view as partner" inside).
     */
    default String entryView(Portal portal) {
        return entryView();
    }

    /** The menu title in one portal; by default the same in every portal. */
    default String title(Locale locale, Portal portal) {
        return title(locale);
    }

    Set<Portal> portals();

    /**
     * The permission that opens the module, e.g. {@code customers:view}. Who holds it is decided
     * by the access policy; the services behind the module check it again.
     */
    Permission requiredPermission();

    /**
     * Whether the module's entry view is the portal's home for those who may open it: the
     * portal's start page sends them there instead of listing modules (the partner dashboard).
     */
    default boolean portalHome() {
        return false;
    }

    /** {@link #portalHome()} in one portal. */
    default boolean portalHome(Portal portal) {
        return portalHome();
    }

    /** Menu position: lower comes first. */
    default int ranking() {
        return 100;
    }
}
