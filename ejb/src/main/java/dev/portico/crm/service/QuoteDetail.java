package dev.portico.crm.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A quote with its lines and, once signed, what the ERP did with its order; for a discounted
 * quote its reason and the sales manager who approved it, if one had to.
 */
public record QuoteDetail(QuoteSummary quote, List<QuoteLineSummary> lines, List<TimelineEntry> timeline, String discountReason,
                          String discountApprovedBy, Instant discountApprovedAt) implements Serializable {

    public QuoteDetail {
        lines = List.copyOf(lines);
        timeline = List.copyOf(timeline);
    }

    /** The largest discount on a line, in percent (0: none). */
    public BigDecimal maxDiscount() {
        return lines.stream().map(QuoteLineSummary::discountPercent).filter(d -> d != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
