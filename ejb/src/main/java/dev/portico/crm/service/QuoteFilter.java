package dev.portico.crm.service;

import dev.portico.crm.domain.QuoteStatus;
import java.io.Serializable;

/** Narrows the quote list; {@code null} fields do not filter. */
public record QuoteFilter(Long accountId, QuoteStatus status) implements Serializable {

    public static final QuoteFilter ANY = new QuoteFilter(null, null);
}
