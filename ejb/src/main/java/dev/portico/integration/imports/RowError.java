package dev.portico.integration.imports;

import java.io.Serializable;

/** Why the record starting on {@code line} of the file (the header is line 1) was refused. */
public record RowError(int line, String reason) implements Serializable {
}
