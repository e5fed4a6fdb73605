package dev.portico.shell.dashboard;

import dev.portico.shell.Charts;
import dev.portico.shell.security.CurrentUser;
import dev.portico.shell.spi.DashboardWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the internal home page's dashboard: the widgets the user's permissions give, each
 * computed once per request. A widget whose service fails shows "not available" and the others
 * still show: one broken figure does not take the home page down (the failure is logged with
 * the widget's id).
 */
@Named
@RequestScoped
public class DashboardView {

    private static final Logger LOG = Logger.getLogger(DashboardView.class.getName());

    /** A widget ready for the page: its content, or {@code null} when it failed. */
    public record Tile(String id, String title, WidgetContent content, String chart) {

        public boolean failed() {
            return content == null;
        }
    }

    @Inject
    private WidgetRegistry registry;

    @Inject
    private CurrentUser user;

    private List<Tile> tiles;

    public List<Tile> getTiles() {
        if (tiles == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            tiles = new ArrayList<>();
            for (DashboardWidget widget : registry.visible(user.getPortal(), user::allows)) {
                tiles.add(tile(widget, locale));
            }
        }
        return tiles;
    }

    private static Tile tile(DashboardWidget widget, Locale locale) {
        String title = widget.title(locale);
        try {
            WidgetContent content = widget.content(locale);
            return new Tile(widget.id(), title, content, content.chart() ? chart(title, content.figures().subList(0, content.charted())) : null);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Dashboard widget " + widget.id() + " failed", failed);
            return new Tile(widget.id(), title, null, null);
        }
    }

    /** One bar per figure, in the figures' own colours. */
    static String chart(String title, List<WidgetFigure> figures) {
        return Charts.bar(title, figures.stream().map(WidgetFigure::label).toList(), figures.stream().map(WidgetFigure::magnitude).toList(),
                figures.stream().map(f -> colour(f.tone())).toList(), 2);
    }

    private static String colour(WidgetFigure.Tone tone) {
        return switch (tone) {
            case ALERT -> "#c53030";
            case WARN -> "#b7791f";
            case GOOD -> "#2f855a";
            case NEUTRAL -> "#3b6fb6";
        };
    }
}
