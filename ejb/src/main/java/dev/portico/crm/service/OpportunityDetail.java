package dev.portico.crm.service;

import java.io.Serializable;
import java.util.List;

/** The opportunity page: the opportunity, its stage history (oldest first), its quotes and why it was lost. */
public record OpportunityDetail(OpportunitySummary opportunity, String lostReason, Long leadId, List<StageHistoryEntry> history,
                                List<QuoteSummary> quotes) implements Serializable {

    public OpportunityDetail {
        history = List.copyOf(history);
        quotes = List.copyOf(quotes);
    }
}
