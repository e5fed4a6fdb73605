package dev.portico.shell.menu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {

    private static final Permission VIEW = Permission.of("customers", Action.VIEW);

    private final PortalModule customers = new PortalModule() {
        public String id() {
            return "customers";
        }

        public String title(Locale locale) {
            return "Customers";
        }

        public String icon() {
            return "pi pi-users";
        }

        public String entryView() {
            return "/customers/list.xhtml";
        }

        public Set<Portal> portals() {
            return Set.of(Portal.INTERNAL);
        }

        public Permission requiredPermission() {
            return VIEW;
        }
    };

    @Test
    void theRequiredPermissionInTheRightPortalReachesTheModule() {
        assertTrue(ModuleRegistry.isReachable(customers, Portal.INTERNAL, VIEW::equals));
    }

    @Test
    void otherPermissionsDoNotReachIt() {
        assertFalse(ModuleRegistry.isReachable(customers, Portal.INTERNAL, Permission.of("customers", Action.EDIT)::equals));
    }

    @Test
    void theRightPermissionInAnotherPortalDoesNotReachIt() {
        assertFalse(ModuleRegistry.isReachable(customers, Portal.EXTERNAL, VIEW::equals));
    }
}
