package dev.portico.shell.dashboard;

import dev.portico.shell.security.CurrentUser;
import dev.portico.shell.spi.DashboardWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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

    /** Chart.js configuration for {@code p:chart}: one bar per figure, the figures' own colours. */
    static String chart(String title, List<WidgetFigure> figures) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (WidgetFigure figure : figures) {
            labels.add(figure.label());
            data.add(figure.magnitude());
            colours.add(colour(figure.tone()));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", title).add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("aspectRatio", 2)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
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
