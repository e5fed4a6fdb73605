package dev.portico.crm.service;

import dev.portico.crm.domain.QuoteStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of the quote list, read by a constructor query. */
public record QuoteSummary(long id, long accountId, String accountName, String ownerUsername, QuoteStatus status,
                           String currency, BigDecimal total, Instant createdAt, Instant signedAt, String signedBy)
        implements Serializable {
}
