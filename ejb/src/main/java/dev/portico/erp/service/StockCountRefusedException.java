package dev.portico.erp.service;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A stock count that would take products below what orders have reserved, found after their
 * locks were taken (so it is what is reserved now, not a moment ago). Nothing of the count is
 * written; {@link #bySku} says why for each refused product, for the caller to show per line.
 */
@ApplicationException(rollback = true)
public class StockCountRefusedException extends RuntimeException {

    private final Map<String, String> bySku;

    public StockCountRefusedException(Map<String, String> bySku) {
        super("stock count refused: " + bySku);
        this.bySku = Map.copyOf(bySku);
    }

    public Map<String, String> bySku() {
        return bySku;
    }
}
