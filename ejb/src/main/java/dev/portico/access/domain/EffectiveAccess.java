package dev.portico.access.domain;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What one user may do, as the union over their roles of one policy version: for each permission
 * the scopes it reaches. ALL absorbs every other scope and NONE adds nothing, so an empty set
 * means "not permitted".
 */
public record EffectiveAccess(int policyVersion, Map<Permission, Set<DataScope>> scopes) implements Serializable {

    public EffectiveAccess {
        scopes = Map.copyOf(scopes);
    }

    public boolean allows(Permission permission) {
        return !scopesOf(permission).isEmpty();
    }

    public Set<DataScope> scopesOf(Permission permission) {
        return scopes.getOrDefault(permission, Set.of());
    }

    /** Merges one more granted scope into a permission's set of scopes. */
    static Set<DataScope> merge(Set<DataScope> current, DataScope added) {
        if (added == DataScope.NONE || current.contains(DataScope.ALL)) {
            return current;
        }
        if (added == DataScope.ALL) {
            return EnumSet.of(DataScope.ALL);
        }
        EnumSet<DataScope> merged = current.isEmpty() ? EnumSet.noneOf(DataScope.class) : EnumSet.copyOf(current);
        merged.add(added);
        return merged;
    }
}
