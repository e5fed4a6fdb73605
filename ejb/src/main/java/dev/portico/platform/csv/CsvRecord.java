package dev.portico.platform.csv;

import java.util.List;

/** One record of a CSV file: its fields and the physical line it starts on (the header is line 1). */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    public int size() {
        return fields.size();
    }

    public String field(int index) {
        return fields.get(index);
    }
}
