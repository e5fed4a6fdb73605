package dev.portico.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/**
 * One page of a list: offset, size and an optional sort. The sort field is a name the service
 * maps to a column itself; an unknown name is refused there, never passed into SQL.
 */
public record PageRequest(
        @Min(0) int offset,
        @Min(1) @Max(MAX_SIZE) int size,
        String sortField,
        boolean descending) implements Serializable {

    public static final int MAX_SIZE = 500;

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, false);
    }

    public PageRequest sortedBy(String field, boolean desc) {
        return new PageRequest(offset, size, field, desc);
    }
}
