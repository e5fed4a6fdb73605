package dev.portico.crm.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns an account list may be sorted by. Only these reach the ORDER BY clause, so a
 * tampered sort parameter cannot inject anything into the query.
 */
public enum AccountSort {
    NAME("name", "a.name"),
    TERRITORY("territory", "a.territory"),
    OWNER("ownerUsername", "a.ownerUsername"),
    CITY("city", "a.city"),
    STATUS("status", "a.status"),
    CREATED("createdAt", "a.createdAt");

    private final String field;
    private final String path;

    AccountSort(String field, String path) {
        this.field = field;
        this.path = path;
    }

    /** Maps a field name of {@link AccountSummary}; an unknown or absent field yields empty. */
    public static Optional<AccountSort> byField(String field) {
        return Arrays.stream(values()).filter(s -> s.field.equals(field)).findFirst();
    }

    public String jpqlPath() {
        return path;
    }
}
