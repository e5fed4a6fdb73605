package dev.portico.shell.spi;

/**
 * One figure of a widget: a label, the value as the user reads it (already formatted: a count,
 * an amount with its currency), the number a chart draws, and the view that lists what was
 * counted (relative to the portal's context root, with its filter; null: no list). {@code tone}
 * colours figures that call for action.
 */
public record WidgetFigure(String id, String label, String value, double magnitude, String link, Tone tone) {

    public enum Tone {
        NEUTRAL,
        GOOD,
        WARN,
        ALERT
    }

    /** A count; a positive count of something overdue is {@code alertWhenAny}. */
    public static WidgetFigure count(String id, String label, long count, String link, boolean alertWhenAny) {
        return new WidgetFigure(id, label, Long.toString(count), count, link, alertWhenAny && count > 0 ? Tone.ALERT : Tone.NEUTRAL);
    }

    public static WidgetFigure count(String id, String label, long count, String link) {
        return count(id, label, count, link, false);
    }
}
