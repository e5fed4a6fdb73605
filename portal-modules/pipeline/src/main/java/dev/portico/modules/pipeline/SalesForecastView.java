package dev.portico.modules.pipeline;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.service.ForecastRow;
import dev.portico.crm.service.Forecasts;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.Table;
import dev.portico.platform.export.TableExporter;
import dev.portico.shell.Downloads;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Backs {@code pipeline/forecast.xhtml}: the quarter's rows per rep, a team total per currency, a bar chart and its CSV. */
@Named
@RequestScoped
public class SalesForecastView {

    static final Permission EXPORT = Permission.of("pipeline", Action.EXPORT);

    @EJB
    private Forecasts forecasts;

    @Inject
    private CurrentUser user;

    private String quarter;
    private List<ForecastRow> rows;

    public List<ForecastRow> getRows() {
        if (rows == null) {
            rows = forecasts.quarter(getQuarter());
        }
        return rows;
    }

    /** One total per currency over the rows shown (a rep's own, or the team's). */
    public List<ForecastRow> getTotals() {
        List<ForecastRow> totals = new ArrayList<>();
        getRows().stream().map(ForecastRow::currency).distinct().sorted().forEach(currency -> {
            List<ForecastRow> of = getRows().stream().filter(r -> r.currency().equals(currency)).toList();
            totals.add(new ForecastRow("", currency, of.stream().mapToLong(ForecastRow::opportunities).sum(), sum(of, ForecastRow::pipeline),
                    sum(of, ForecastRow::weighted), sum(of, ForecastRow::committed), sum(of, ForecastRow::won), sum(of, ForecastRow::target)));
        });
        return totals;
    }

    private static BigDecimal sum(List<ForecastRow> rows, Function<ForecastRow, BigDecimal> figure) {
        return rows.stream().map(figure).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getRows().forEach(r -> labels.add(r.owner() + " (" + r.currency() + ")"));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Weighted", "#42A5F5", ForecastRow::weighted))
                .add(dataset("Committed", "#FFA726", ForecastRow::committed))
                .add(dataset("Won", "#66BB6A", ForecastRow::won))
                .add(dataset("Target", "#9E9E9E", ForecastRow::target));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("aspectRatio", 2.5))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder dataset(String label, String colour, Function<ForecastRow, BigDecimal> figure) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        getRows().forEach(r -> data.add(figure.apply(r) == null ? BigDecimal.ZERO : figure.apply(r)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    public boolean isExportable() {
        return user.allows(EXPORT);
    }

    public void exportCsv() {
        List<List<String>> lines = getRows().stream().map(r -> List.of(r.owner(), r.currency(), Long.toString(r.opportunities()),
                r.pipeline().toPlainString(), r.weighted().toPlainString(), r.committed().toPlainString(), r.won().toPlainString(),
                r.target() == null ? "" : r.target().toPlainString())).toList();
        Downloads.send(TableExporter.export(new Table("Forecast " + getQuarter(), "Exported by " + user.getUsername() + " at " + Instant.now(),
                List.of("Owner", "Currency", "Opportunities", "Open pipeline", "Weighted", "Committed", "Won", "Target"), lines),
                ExportFormat.CSV, "forecast-" + getQuarter()));
    }

    public List<String> getQuarters() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> quarters = new ArrayList<>();
        for (int i = -2; i <= 3; i++) {
            quarters.add(of(today.plusMonths(3L * i)));
        }
        return quarters;
    }

    private static String of(LocalDate day) {
        return day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
    }

    public String getQuarter() {
        if (quarter == null || !quarter.matches("[0-9]{4}-Q[1-4]")) {
            quarter = of(LocalDate.now(ZoneOffset.UTC));
        }
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }
}
