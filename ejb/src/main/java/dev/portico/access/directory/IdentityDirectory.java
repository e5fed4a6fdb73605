package dev.portico.access.directory;

import java.util.Set;

/** Users' job roles where they live: in the identity provider. */
public interface IdentityDirectory {

    /** The realm roles assigned to the user directly. */
    Set<String> realmRolesOf(String username);

    void grantRealmRole(String username, String role);

    void revokeRealmRole(String username, String role);
}
