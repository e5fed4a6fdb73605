package dev.portico.crm.service;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Lines of a new quote that cannot be priced: a SKU the ERP does not sell, or no price given and
 * no list price in the quote's currency. Refused when the quote is written, so such a line never
 * reaches the ERP's dead-letter queue at signing; the transaction rolls back, nothing is saved.
 */
@ApplicationException(rollback = true)
public class QuoteLinesException extends RuntimeException {

    /** Line index (0-based, as sent) → what is wrong with it. */
    private final Map<Integer, String> problems;

    public QuoteLinesException(Map<Integer, String> problems) {
        super("quote lines refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Integer, String> problems() {
        return problems;
    }
}
