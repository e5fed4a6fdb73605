package dev.portico.access.people;

import java.io.Serializable;
import java.util.List;

/**
 * A user of the caller's organisation as "Our people" shows them: a partner's own view of their
 * colleague, made for it, not Keycloak's record. {@code roles} are the partner roles held
 * directly; {@code self} marks the administrator's own row, which they cannot change.
 */
public record PartnerMember(String username, String name, String email, boolean enabled, List<String> roles, boolean self)
        implements Serializable {

    public PartnerMember {
        roles = List.copyOf(roles);
    }

    public String roleList() {
        return String.join(", ", roles);
    }
}
