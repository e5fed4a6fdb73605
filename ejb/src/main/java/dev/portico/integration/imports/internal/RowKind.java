package dev.portico.integration.imports.internal;

import java.util.List;
import java.util.Map;

/** What an import needs to know of one kind of file: its columns, and how rows are checked and written. */
interface RowKind<T> {

    String name();

    List<String> requiredColumns();

    List<String> optionalColumns();

    /** The row, or {@code null} after telling {@code problems} why not: checks that need no database. */
    T parse(RowFields fields, List<String> problems);

    /** The row's key, normalised as the database compares it: two rows with one key are refused. */
    String key(T row);

    /** Problems of rows that only the stored data reveals, by row key; one query for the chunk. */
    Map<String, String> checkStored(List<T> chunk);

    /**
     * Writes a chunk of good rows; returns how many of them were updates rather than new records.
     * Throws {@link RowsRefusedException} for rows the stored data refuses only now.
     */
    int write(List<T> chunk);
}
