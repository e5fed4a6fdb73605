package dev.portico.integration.imports;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one file. {@code rows} counts the data rows read; {@code created} and
 * {@code updated} are zero unless the file was {@link #accepted()}. {@code errors} lists the first
 * {@link #MAX_LISTED} bad rows in file order; {@code errorCount} counts them all.
 */
public record ImportResult(String kind, int rows, int created, int updated, List<RowError> errors, int errorCount)
        implements Serializable {

    public static final int MAX_LISTED = 1000;

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errorCount == 0;
    }
}
