package dev.portico.shell.menu;

import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Every portal module found on this WAR's classpath, in menu order. */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @Any
    private Instance<PortalModule> discovered;

    private List<PortalModule> modules;

    @PostConstruct
    void collect() {
        modules = discovered.stream()
                .sorted(Comparator.comparingInt(PortalModule::ranking).thenComparing(PortalModule::id))
                .toList();
    }

    /** The modules of {@code portal} that a user holding the given permissions may open. */
    public List<PortalModule> reachable(Portal portal, Predicate<Permission> allows) {
        return modules.stream().filter(m -> isReachable(m, portal, allows)).toList();
    }

    /** The module that owns a view path such as {@code /customers/list.xhtml}, if any. */
    public Optional<PortalModule> owning(String servletPath) {
        return modules.stream().filter(m -> servletPath.startsWith("/" + m.id() + "/")).findFirst();
    }

    public static boolean isReachable(PortalModule module, Portal portal, Predicate<Permission> allows) {
        return module.portals().contains(portal) && allows.test(module.requiredPermission());
    }
}
