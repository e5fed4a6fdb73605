package dev.portico.access.service;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the data scopes see them: name, job roles, sales territory, team (the
 * user and, for a manager, their reports) and partner organisations (Keycloak aliases).
 */
public record Caller(String username, Set<String> roles, String territory, Set<String> team, List<String> organisations)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
        team = Set.copyOf(team);
        organisations = List.copyOf(organisations);
    }
}
