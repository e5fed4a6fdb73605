package dev.portico.shell.menu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {

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

        public Set<String> requiredRoles() {
            return Set.of("sales-rep", "finance");
        }
    };

    @Test
    void anyOneRequiredRoleInTheRightPortalReachesTheModule() {
        assertTrue(ModuleRegistry.isReachable(customers, Portal.INTERNAL, "finance"::equals));
    }

    @Test
    void otherRolesDoNotReachIt() {
        assertFalse(ModuleRegistry.isReachable(customers, Portal.INTERNAL, "hr-manager"::equals));
    }

    @Test
    void theRightRoleInAnotherPortalDoesNotReachIt() {
        assertFalse(ModuleRegistry.isReachable(customers, Portal.EXTERNAL, "sales-rep"::equals));
    }
}
