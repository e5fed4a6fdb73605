package dev.portico.api.pipeline;

import dev.portico.crm.service.OpportunityDetail;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** An opportunity with its stage history (oldest first) and the ids of its quotes. */
@JsonbNillable
public record OpportunityDetailRepresentation(OpportunityRepresentation opportunity, String lostReason, Long leadId,
                                              List<StageChangeRepresentation> history, List<Long> quotes) {

    /** One stage change; {@code from} is null for the opening. */
    @JsonbNillable
    public record StageChangeRepresentation(String from, String to, String by, String at, String note) {
    }

    static OpportunityDetailRepresentation of(OpportunityDetail d) {
        return new OpportunityDetailRepresentation(OpportunityRepresentation.of(d.opportunity()), d.lostReason(), d.leadId(),
                d.history().stream().map(h -> new StageChangeRepresentation(h.from() == null ? null : h.from().name(), h.to().name(), h.by(),
                        h.at().toString(), h.note())).toList(),
                d.quotes().stream().map(q -> q.id()).toList());
    }
}
