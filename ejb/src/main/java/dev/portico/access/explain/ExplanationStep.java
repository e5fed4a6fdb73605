package dev.portico.access.explain;

import dev.portico.access.domain.DataScope;
import java.io.Serializable;

/** One policy rule of the user's roles for the permission asked about, and whether its scope reaches the record. */
public record ExplanationStep(String role, String permission, DataScope scope, String condition, boolean reaches)
        implements Serializable {
}
