package dev.portico.access.service;

import dev.portico.access.domain.Policy;
import java.io.Serializable;
import java.util.List;

/**
 * What became of a policy change: published at once ({@code heldId} null, {@code policy} the new
 * version), or held for a second administrator because of the segregation-of-duties conflicts
 * listed ({@code policy} still the version in force).
 */
public record PolicyChange(Policy policy, Long heldId, List<String> conflicts) implements Serializable {

    public PolicyChange {
        conflicts = List.copyOf(conflicts);
    }

    public boolean applied() {
        return heldId == null;
    }
}
