package dev.portico.access.service;

import java.io.Serializable;
import java.util.List;

/**
 * What became of a grant request: applied at once, or waiting for a second administrator
 * because of the segregation-of-duties conflicts listed.
 */
public record GrantOutcome(long grantId, boolean applied, List<String> conflicts) implements Serializable {

    public GrantOutcome {
        conflicts = List.copyOf(conflicts);
    }
}
