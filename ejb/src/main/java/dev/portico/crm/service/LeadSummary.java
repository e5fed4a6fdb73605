package dev.portico.crm.service;

import dev.portico.crm.domain.LeadSource;
import dev.portico.crm.domain.LeadStatus;
import dev.portico.crm.domain.Registration;
import dev.portico.crm.domain.Territory;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A lead as staff see it in the inbox; {@code accountId} once qualified, {@code partner} for a registration. */
public record LeadSummary(long id, String company, String contactName, String contactEmail, Territory territory, LeadSource source,
                          String owner, String partner, Registration registration, LeadStatus status, String disqualifyReason,
                          BigDecimal estimatedAmount, String currency, Instant createdAt, Long accountId) implements Serializable {
}
