package dev.portico.api.quotes;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of quotes; {@code next} links the following page, {@code null} on the last. */
@JsonbNillable
public record QuotePage(List<QuoteRepresentation> items, String next) {
}
