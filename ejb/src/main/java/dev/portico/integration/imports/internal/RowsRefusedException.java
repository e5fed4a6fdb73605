package dev.portico.integration.imports.internal;

import java.util.Map;

/**
 * Rows a {@link RowKind#write} found bad only while writing (the stored data changed since
 * {@link RowKind#checkStored}), by row key: the run lists them like any other bad row.
 */
final class RowsRefusedException extends RuntimeException {

    private final Map<String, String> byKey;

    RowsRefusedException(Map<String, String> byKey) {
        super("rows refused while writing: " + byKey.keySet());
        this.byKey = Map.copyOf(byKey);
    }

    Map<String, String> byKey() {
        return byKey;
    }
}
