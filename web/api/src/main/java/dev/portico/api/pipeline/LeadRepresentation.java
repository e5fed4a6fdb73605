package dev.portico.api.pipeline;

import dev.portico.crm.service.LeadSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/** A lead as staff read it through the API; {@code account} links the account it became once qualified. */
@JsonbNillable
public record LeadRepresentation(long id, String company, String contactName, String contactEmail, String territory, String source,
                                 String owner, String partner, String registration, String status, String disqualifyReason,
                                 BigDecimal estimatedAmount, String currency, String createdAt, Long accountId, String self,
                                 String account) {

    static LeadRepresentation of(LeadSummary l) {
        return new LeadRepresentation(l.id(), l.company(), l.contactName(), l.contactEmail(), l.territory().name(), l.source().name(),
                l.owner(), l.partner(), l.registration() == null ? null : l.registration().name(), l.status().name(), l.disqualifyReason(),
                l.estimatedAmount(), l.currency(), l.createdAt().toString(), l.accountId(), "/api/v1/leads/" + l.id(),
                l.accountId() == null ? null : "/api/v1/accounts/" + l.accountId());
    }
}
