package dev.portico.api.quotes;

import dev.portico.api.orders.TimelineRepresentation;
import dev.portico.crm.service.QuoteDetail;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;

/** One quote with its lines and, once signed, what the ERP did with its order. */
@JsonbNillable
public record QuoteDetailRepresentation(QuoteRepresentation quote, List<Line> lines, List<TimelineRepresentation> timeline) {

    /** One line: a SKU of the ERP's catalogue, how many, its price, the discount on it, the unit price that results and the line's amount. */
    public record Line(int lineNo, String sku, String description, int quantity, BigDecimal listPrice, BigDecimal discountPercent,
                       BigDecimal unitPrice, BigDecimal amount) {
    }

    static QuoteDetailRepresentation of(QuoteDetail detail) {
        return new QuoteDetailRepresentation(QuoteRepresentation.of(detail.quote()),
                detail.lines().stream().map(l -> new Line(l.lineNo(), l.sku(), l.description(), l.quantity(), l.listPrice(),
                                l.discountPercent(), l.unitPrice(), l.amount()))
                        .toList(),
                TimelineRepresentation.of(detail.timeline()));
    }
}
