package dev.portico.access.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Users, their job roles and their partner organisations, where they live: in the identity provider. */
public interface IdentityDirectory {

    /** Every user of the realm, ordered by username. */
    List<DirectoryUser> users();

    /**
     * Every user's username, ordered: one call, needing only the right to read users (unlike
     * {@link #users()}, which reads roles per user and organisations too).
     */
    List<String> usernames();

    Optional<DirectoryUser> user(String username);

    /** The realm roles assigned to the user directly. */
    Set<String> realmRolesOf(String username);

    void grantRealmRole(String username, String role);

    void revokeRealmRole(String username, String role);

    /** The aliases of the partner organisations the realm knows. */
    Set<String> organisations();

    void addToOrganisation(String username, String organisationAlias);

    void removeFromOrganisation(String username, String organisationAlias);

    /** The members of a partner organisation, ordered by username. */
    List<DirectoryUser> membersOf(String organisationAlias);

    /**
     * Creates an enabled user with a temporary password, which Keycloak makes them replace at
     * their first sign-in. A username or e-mail already taken is {@link IdentityConflictException}.
     */
    void createUser(String username, String email, String firstName, String lastName, String temporaryPassword);

    /** A disabled user cannot sign in; their sessions end at once. */
    void setEnabled(String username, boolean enabled);

    /** Deletes the user from the identity provider: their roles, memberships and sessions go with them. */
    void deleteUser(String username);
}
