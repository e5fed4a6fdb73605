package dev.portico.api.pipeline;

import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.service.Forecasts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The forecast per rep for a quarter, over the caller's {@code pipeline:view} scope (a rep's own row, a manager's team's). */
@Path("/forecast")
@Tag(name = "forecast", description = "Weighted and committed forecast per rep and quarter, against target")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ForecastResource {

    @EJB
    private Forecasts forecasts;

    /** {@code quarter} as {@code 2026-Q4}; this quarter when absent. */
    @Operation(operationId = "getForecast", summary = "Forecast per rep for a quarter")
    @GET
    public Forecast get(@QueryParam("quarter") String quarter) {
        String asked = quarter == null || quarter.isBlank() ? current() : quarter.strip();
        if (!asked.matches("[0-9]{4}-Q[1-4]")) {
            throw ProblemException.invalid("quarter", "must be a year and quarter like 2026-Q4");
        }
        return new Forecast(asked, forecasts.quarter(asked).stream().map(r -> new Row(r.owner(), r.currency(), r.opportunities(),
                r.pipeline(), r.weighted(), r.committed(), r.won(), r.target())).toList());
    }

    private static String current() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.getYear() + "-Q" + today.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** The quarter and one row per rep and currency. */
    public record Forecast(String quarter, List<Row> rows) {
    }

    /** One rep's quarter: open pipeline, weighted, committed (negotiation and won), won; target null when none is set. */
    @JsonbNillable
    public record Row(String owner, String currency, long opportunities, BigDecimal pipeline, BigDecimal weighted, BigDecimal committed,
                      BigDecimal won, BigDecimal target) {
    }
}
