package dev.portico.api.pipeline;

import dev.portico.crm.service.OpportunitySummary;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/** An opportunity as the API lists it: dates ISO-8601, links to itself and its account. */
@JsonbNillable
public record OpportunityRepresentation(long id, String name, long accountId, String accountName, String owner, String stage,
                                        BigDecimal amount, String currency, String closeDate, String nextStep, String nextStepDate,
                                        String self, String account) {

    static OpportunityRepresentation of(OpportunitySummary o) {
        return new OpportunityRepresentation(o.id(), o.name(), o.accountId(), o.accountName(), o.owner(), o.stage().name(), o.amount(),
                o.currency(), o.closeDate().toString(), o.nextStep(), o.nextStepDate() == null ? null : o.nextStepDate().toString(),
                "/api/v1/opportunities/" + o.id(), "/api/v1/accounts/" + o.accountId());
    }
}
