package dev.portico.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV one record at a time, so a file of any size streams: comma-separated fields,
 * fields in double quotes may hold commas, line breaks and doubled quotes; lines end in CRLF or
 * LF. Each record carries the line it starts on, counting the physical lines of the file (a
 * quoted line break moves the count on), which is what a person sees in an editor. A byte-order
 * mark at the start is skipped. Written by hand because no CSV library is among the project's
 * dependencies; it stays this small on purpose.
 */
public final class CsvReader implements AutoCloseable {

    private static final int END = -1;

    private final Reader in;
    private int line = 1;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean started;
    private boolean finished;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or empty at the end of the file. A final line break adds no record. */
    public Optional<CsvRecord> next() {
        if (finished) {
            return Optional.empty();
        }
        int first = read();
        if (!started) {
            started = true;
            if (first == '\uFEFF') {
                first = read();
            }
        }
        if (first == END) {
            finished = true;
            return Optional.empty();
        }
        unread(first);
        int startLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            int after = read();
            if (after == ',') {
                continue;
            }
            if (after == END) {
                finished = true;
            } else {
                endOfLine(after);
            }
            return Optional.of(new CsvRecord(startLine, fields));
        }
    }

    private String field() {
        StringBuilder text = new StringBuilder();
        int c = read();
        if (c != '"') {
            while (c != ',' && c != '\n' && c != '\r' && c != END) {
                if (c == '"') {
                    throw new CsvFormatException(line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                }
                text.append((char) c);
                c = read();
            }
            unread(c);
            return text.toString();
        }
        int opened = line;
        while (true) {
            c = read();
            if (c == END) {
                throw new CsvFormatException(opened, "a quoted field is never closed");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    text.append('"');
                    continue;
                }
                if (next != ',' && next != '\n' && next != '\r' && next != END) {
                    throw new CsvFormatException(line, "text after a closing quote");
                }
                unread(next);
                return text.toString();
            }
            if (c == '\n' || (c == '\r' && peekNot('\n'))) {
                line++;
            }
            text.append((char) c);
        }
    }

    private void endOfLine(int c) {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        line++;
    }

    /** True if the next character is not {@code c}; it stays unread. */
    private boolean peekNot(int c) {
        int next = read();
        unread(next);
        return next != c;
    }

    private int read() {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
