package dev.portico.shell.spi;

import java.util.List;

/**
 * What a {@link DashboardWidget} shows: its figures as a table (the form every reader gets,
 * screen readers included) and, when {@code chart} is set, the same figures as a bar chart beside
 * it. {@code note} is a line under the figures (the oldest open ticket, the ledger's last check);
 * may be null.
 */
public record WidgetContent(List<WidgetFigure> figures, boolean chart, String note) {

    public WidgetContent {
        figures = List.copyOf(figures);
    }

    public static WidgetContent of(WidgetFigure... figures) {
        return new WidgetContent(List.of(figures), false, null);
    }

    public WidgetContent charted() {
        return new WidgetContent(figures, true, note);
    }

    public WidgetContent noted(String text) {
        return new WidgetContent(figures, chart, text);
    }
}
