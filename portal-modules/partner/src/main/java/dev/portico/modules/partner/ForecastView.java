package dev.portico.modules.partner;

import dev.portico.erp.supplier.Forecast;
import dev.portico.erp.supplier.SupplierPortal;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Comparator;
import java.util.List;

/**
 * Backs {@code partner/forecast.xhtml}: the demand forecast of the products the supplier
 * supplies (the service scopes it to them), as a line chart of projected available stock per
 * product and week, and the same figures as a table.
 */
@Named
@RequestScoped
public class ForecastView {

    static final int WEEKS = 8;
    static final int CHARTED = 8;
    private static final String[] COLOURS = {"#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#0ea5e9", "#84cc16", "#ec4899"};

    @EJB
    private SupplierPortal supplier;

    private Forecast forecast;

    public Forecast getForecast() {
        if (forecast == null) {
            forecast = supplier.forecast(WEEKS);
        }
        return forecast;
    }

    /**
     * The products a chart can still show readably: the {@value #CHARTED} closest to (or below)
     * their reorder level at their lowest point; the table lists every product.
     */
    List<Forecast.Row> charted() {
        return getForecast().rows().stream()
                .sorted(Comparator.comparingLong(ForecastView::headroom).thenComparing(Forecast.Row::sku))
                .limit(CHARTED)
                .toList();
    }

    private static long headroom(Forecast.Row row) {
        return row.projected().stream().mapToLong(Integer::longValue).min().orElse(0) - row.reorderLevel();
    }

    /** Chart.js configuration for {@code p:chart}: one line per product. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getForecast().weeks().forEach(week -> labels.add(week.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Forecast.Row row : charted()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            row.projected().forEach(data::add);
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", row.sku() + " " + row.name()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("aspectRatio", 2.5)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
