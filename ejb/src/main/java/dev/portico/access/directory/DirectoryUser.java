package dev.portico.access.directory;

import java.io.Serializable;
import java.util.Set;

/**
 * A user as the identity provider knows them. {@code roles} are the realm roles assigned
 * directly (what an administrator granted); {@code effectiveRoles} adds those that composite
 * roles bring along, which is what the user's token, and so the policy, sees.
 */
public record DirectoryUser(String username, String firstName, String lastName, String email, boolean enabled,
                            Set<String> roles, Set<String> effectiveRoles, Set<String> organisations) implements Serializable {

    public DirectoryUser {
        roles = Set.copyOf(roles);
        effectiveRoles = Set.copyOf(effectiveRoles);
        organisations = Set.copyOf(organisations);
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? username : name;
    }
}
