package dev.portico.crm.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One rep's quarter in one currency: open pipeline (amount of open opportunities), weighted
 * (each open or won opportunity's amount × its stage's probability), committed (negotiation and
 * won), won, and the rep's target (null when none is set).
 */
public record ForecastRow(String owner, String currency, long opportunities, BigDecimal pipeline, BigDecimal weighted,
                          BigDecimal committed, BigDecimal won, BigDecimal target) implements Serializable {
}
