package dev.portico.shell.spi;

import dev.portico.access.Roles;
import java.util.Set;

/** The two portals, each a WAR. A user enters a portal with any one of its entry roles. */
public enum Portal {
    INTERNAL("portico-internal", Set.of(Roles.EMPLOYEE)),
    EXTERNAL("portico-external", Set.of(Roles.PARTNER, Roles.PARTNER_SUPPORT));

    private final String clientId;
    private final Set<String> entryRoles;

    Portal(String clientId, Set<String> entryRoles) {
        this.clientId = clientId;
        this.entryRoles = entryRoles;
    }

    /** The Keycloak client this portal signs in with. */
    public String clientId() {
        return clientId;
    }

    public Set<String> entryRoles() {
        return entryRoles;
    }
}
