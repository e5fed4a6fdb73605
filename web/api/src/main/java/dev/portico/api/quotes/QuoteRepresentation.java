package dev.portico.api.quotes;

import dev.portico.crm.service.QuoteSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/** A quote as the API lists it: amounts as decimals, times ISO-8601 UTC, links to itself and its account. */
@JsonbNillable
public record QuoteRepresentation(long id, long accountId, String accountName, String owner, String status, String currency,
                                  BigDecimal total, String createdAt, String signedAt, String signedBy, String self,
                                  String account) {

    static QuoteRepresentation of(QuoteSummary q) {
        return new QuoteRepresentation(q.id(), q.accountId(), q.accountName(), q.ownerUsername(), q.status().name(), q.currency(),
                q.total(), text(q.createdAt()), text(q.signedAt()), q.signedBy(), "/api/v1/quotes/" + q.id(),
                "/api/v1/accounts/" + q.accountId());
    }

    static String text(Object instant) {
        return instant == null ? null : instant.toString();
    }
}
