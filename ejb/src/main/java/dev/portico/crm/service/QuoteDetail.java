package dev.portico.crm.service;

import java.io.Serializable;
import java.util.List;

/** A quote with its lines and, once signed, what the ERP did with its order. */
public record QuoteDetail(QuoteSummary quote, List<QuoteLineSummary> lines, List<TimelineEntry> timeline) implements Serializable {

    public QuoteDetail {
        lines = List.copyOf(lines);
        timeline = List.copyOf(timeline);
    }
}
