package dev.portico.crm.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** What the account owes as the ERP last reported, at the ERP's time {@code asOf}. */
public record BalanceSummary(BigDecimal balance, Instant asOf) implements Serializable {
}
