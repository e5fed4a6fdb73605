package dev.portico.erp.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Receivables ageing at {@code asOf}: one row per customer and currency, largest overdue first, and the totals per currency. */
public record Ageing(Instant asOf, List<AgeingRow> accounts) implements Serializable {

    public Ageing {
        accounts = List.copyOf(accounts);
    }

    public List<AgeingRow> totals() {
        Map<String, AgeingRow> totals = new LinkedHashMap<>();
        for (AgeingRow row : accounts) {
            totals.merge(row.currency(), new AgeingRow(0, row.currency(), row.current(), row.days1To30(), row.days31To60(),
                    row.days61To90(), row.over90(), row.invoices()), AgeingRow::plus);
        }
        return List.copyOf(totals.values());
    }
}
