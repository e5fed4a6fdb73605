package dev.portico.crm.service;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The forecast per rep for a quarter ({@code 2026-Q4}), by close date, over the caller's {@code pipeline:view} scope. */
@Local
public interface Forecasts {

    List<ForecastRow> quarter(@NotNull @Pattern(regexp = "[0-9]{4}-Q[1-4]") String quarter);
}
