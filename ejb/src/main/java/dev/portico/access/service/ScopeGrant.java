package dev.portico.access.service;

import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import java.util.Set;

/** A permission the caller holds, with the scopes it reaches: what a query needs to restrict itself. */
public record ScopeGrant(Caller caller, Permission permission, Set<DataScope> scopes) {

    public ScopeGrant {
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a grant reaches at least one scope");
        }
    }

    /**
     * Whether a record with these attributes lies within the grant: for records that are not
     * in the database yet. Queries use {@link dev.portico.access.query.ScopePredicate} instead.
     */
    public boolean covers(String territory, String owner, String organisationAlias) {
        return scopes.stream().anyMatch(scope -> switch (scope) {
            case ALL -> true;
            case TERRITORY -> caller.territory() != null && caller.territory().equals(territory);
            case TEAM -> caller.team().contains(owner);
            case OWN -> caller.username().equals(owner);
            case ORGANISATION -> organisationAlias != null && caller.organisations().contains(organisationAlias);
            case NONE -> false;
        });
    }
}
