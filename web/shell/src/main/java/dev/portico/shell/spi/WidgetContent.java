package dev.portico.shell.spi;

import java.util.List;

/**
 * What a {@link DashboardWidget} shows: its figures as a table (the form every reader gets,
 * screen readers included) and, when {@code charted} is above 0, the first {@code charted}
 * figures again as a bar chart under it (the table is the chart's text alternative). {@code note}
 * is a line under the figures (the oldest open ticket, the ledger's check); may be null.
 */
public record WidgetContent(List<WidgetFigure> figures, int charted, String note) {

    public WidgetContent {
        figures = List.copyOf(figures);
        charted = Math.max(0, Math.min(charted, figures.size()));
    }

    public static WidgetContent of(List<WidgetFigure> figures) {
        return new WidgetContent(figures, 0, null);
    }

    /** The same figures, the first {@code count} of them also as a chart. */
    public WidgetContent charting(int count) {
        return new WidgetContent(figures, count, note);
    }

    public WidgetContent noted(String text) {
        return new WidgetContent(figures, charted, text);
    }

    public boolean chart() {
        return charted > 0;
    }
}
