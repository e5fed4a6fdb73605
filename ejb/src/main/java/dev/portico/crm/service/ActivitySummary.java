package dev.portico.crm.service;

import dev.portico.crm.domain.ActivityStatus;
import dev.portico.crm.domain.InteractionKind;
import java.io.Serializable;
import java.time.Instant;

/** An activity in a calendar or on an opportunity's page. */
public record ActivitySummary(long id, long accountId, String accountName, Long opportunityId, InteractionKind kind, ActivityStatus status,
                              Instant at, String owner, String summary, String outcome) implements Serializable {
}
