package dev.portico.platform.csv;

/** The file is not CSV from {@code line} on (an unclosed quote, text after a closing quote). */
public class CsvFormatException extends RuntimeException {

    private final int line;

    public CsvFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
