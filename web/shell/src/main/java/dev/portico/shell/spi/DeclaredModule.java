package dev.portico.shell.spi;

import dev.portico.access.domain.Permission;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A {@link PortalModule} described by values: a module's descriptor extends it and passes its
 * facts to the constructor. The title is the {@code module.title} key of the module's bundle.
 */
public abstract class DeclaredModule implements PortalModule {

    private final String id;
    private final String bundle;
    private final String icon;
    private final String entryView;
    private final Set<Portal> portals;
    private final Permission requiredPermission;
    private final int ranking;

    protected DeclaredModule(String id, String bundle, String icon, String entryView, Set<Portal> portals,
                             Permission requiredPermission, int ranking) {
        this.id = id;
        this.bundle = bundle;
        this.icon = icon;
        this.entryView = entryView;
        this.portals = Set.copyOf(portals);
        this.requiredPermission = requiredPermission;
        this.ranking = ranking;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return ResourceBundle.getBundle(bundle, locale).getString("module.title");
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public String entryView() {
        return entryView;
    }

    @Override
    public Set<Portal> portals() {
        return portals;
    }

    @Override
    public Permission requiredPermission() {
        return requiredPermission;
    }

    @Override
    public int ranking() {
        return ranking;
    }
}
