package dev.portico.shell;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}: the one bar chart the dashboards and the module
 * pages draw, no legend, no animation (a screenshot or a screen reader's table beside it never
 * waits for bars growing in).
 */
public final class Charts {

    private Charts() {
    }

    /** One bar per label; {@code colours} one per bar, or a single colour for all. */
    public static String bar(String label, List<String> labels, List<? extends Number> values, List<String> colours, int aspectRatio) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(Json.createValue(v.doubleValue())));
        JsonArrayBuilder fill = Json.createArrayBuilder();
        colours.forEach(fill::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", data)
                                .add("backgroundColor", colours.size() == 1 ? Json.createValue(colours.get(0)) : fill.build()))))
                .add("options", Json.createObjectBuilder()
                        .add("aspectRatio", aspectRatio)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
