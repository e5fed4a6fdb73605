package dev.portico.shell.dashboard;

import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DashboardWidget;
import dev.portico.shell.spi.Portal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Every dashboard widget found on this WAR's classpath, in ranking order, as the module registry does for modules. */
@ApplicationScoped
public class WidgetRegistry {

    @Inject
    @Any
    private Instance<DashboardWidget> discovered;

    private List<DashboardWidget> widgets;

    @PostConstruct
    void collect() {
        widgets = discovered.stream()
                .sorted(Comparator.comparingInt(DashboardWidget::ranking).thenComparing(DashboardWidget::id))
                .toList();
    }

    /** The widgets of {@code portal} whose permission the user holds. */
    public List<DashboardWidget> visible(Portal portal, Predicate<Permission> allows) {
        return widgets.stream().filter(w -> w.portals().contains(portal) && allows.test(w.requiredPermission())).toList();
    }

    public List<DashboardWidget> all() {
        return widgets;
    }
}
