package dev.portico.integration.imports.internal;

import dev.portico.integration.imports.ImportResult;
import dev.portico.integration.imports.RowError;
import dev.portico.platform.csv.CsvFormatException;
import dev.portico.platform.csv.CsvReader;
import dev.portico.platform.csv.CsvRecord;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One file through one {@link RowKind}: the header, then every record. Memory holds one chunk of
 * rows and the keys seen so far (to find duplicates within the file), never the whole file.
 * Writing stops at the first bad row, checking goes on to the end so that every bad row is
 * reported; the caller rolls back what was written if any row was bad.
 */
final class ImportRun<T> {

    static final int CHUNK = 500;

    private final RowKind<T> kind;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<T> chunk = new ArrayList<>();
    private final List<Integer> chunkLines = new ArrayList<>();
    private int errorCount;
    private int rows;
    private int written;
    private int updated;

    ImportRun(RowKind<T> kind) {
        this.kind = kind;
    }

    ImportResult read(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        try (CsvReader reader = new CsvReader(new BufferedReader(new InputStreamReader(in, decoder)))) {
            Optional<CsvRecord> header = reader.next();
            if (header.isEmpty()) {
                refuse(1, "the file is empty: line 1 must name the columns");
                return result();
            }
            Map<String, Integer> columns = columns(header.get());
            if (columns == null) {
                return result();
            }
            Optional<CsvRecord> record;
            while ((record = reader.next()).isPresent()) {
                line = record.get().line();
                row(record.get(), columns);
            }
            flush();
            if (rows == 0 && errorCount == 0) {
                refuse(2, "no rows after the header");
            }
        } catch (CsvFormatException e) {
            refuse(e.line(), "not valid CSV: " + e.getMessage().replaceFirst("^line \\d+: ", ""));
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            refuse(line, "not UTF-8 text (at or after this line)");
        }
        return result();
    }

    private Map<String, Integer> columns(CsvRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(kind.requiredColumns());
        known.addAll(kind.optionalColumns());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.field(i).strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                problems.add("unknown column '" + header.field(i).strip() + "'");
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add("column " + name + " appears twice");
            }
        }
        kind.requiredColumns().stream().filter(c -> !columns.containsKey(c)).forEach(c -> problems.add("column " + c + " is missing"));
        if (!problems.isEmpty()) {
            refuse(1, String.join("; ", problems) + " (columns: " + String.join(", ", known) + ")");
            return null;
        }
        return columns;
    }

    private void row(CsvRecord record, Map<String, Integer> columns) {
        if (record.size() == 1 && record.field(0).isBlank()) {
            return;
        }
        rows++;
        if (record.size() != columns.size()) {
            refuse(record.line(), "has " + record.size() + " fields, the header has " + columns.size());
            return;
        }
        List<String> problems = new ArrayList<>();
        T row = kind.parse(new RowFields(columns, record.fields()), problems);
        if (row != null && !keys.add(kind.key(row))) {
            problems.add("a row above has the same " + kind.requiredColumns().get(0) + " '" + kind.key(row) + "'");
        }
        if (!problems.isEmpty() || row == null) {
            refuse(record.line(), String.join("; ", problems));
            return;
        }
        chunk.add(row);
        chunkLines.add(record.line());
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, String> stored = kind.checkStored(chunk);
        for (int i = 0; i < chunk.size(); i++) {
            String problem = stored.get(kind.key(chunk.get(i)));
            if (problem != null) {
                refuse(chunkLines.get(i), problem);
            }
        }
        if (errorCount == 0) {
            try {
                updated += kind.write(chunk);
                written += chunk.size();
            } catch (RowsRefusedException refused) {
                for (int i = 0; i < chunk.size(); i++) {
                    String problem = refused.byKey().get(kind.key(chunk.get(i)));
                    if (problem != null) {
                        refuse(chunkLines.get(i), problem);
                    }
                }
            }
        }
        chunk.clear();
        chunkLines.clear();
    }

    private void refuse(int line, String reason) {
        errorCount++;
        if (errors.size() < ImportResult.MAX_LISTED) {
            errors.add(new RowError(line, reason));
        }
    }

    /** Stored-data problems are found a chunk late: list the errors in file order. */
    private ImportResult result() {
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return errorCount > 0 ? new ImportResult(kind.name(), rows, 0, 0, errors, errorCount)
                : new ImportResult(kind.name(), rows, written - updated, updated, errors, 0);
    }
}
