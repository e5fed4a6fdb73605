package dev.portico.platform.export;

import java.io.Serializable;
import java.util.List;

/**
 * A report as rows of text, the same cells a screen shows. {@code caption} says what was
 * selected, by whom and when, so that a printed copy explains itself.
 */
public record Table(String title, String caption, List<String> headers, List<List<String>> rows) implements Serializable {

    public Table {
        headers = List.copyOf(headers);
        int width = headers.size();
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + width + " headers");
            }
            return row.stream().map(cell -> cell == null ? "" : cell).toList();
        }).toList();
    }
}
