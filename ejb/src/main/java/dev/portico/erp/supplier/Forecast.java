package dev.portico.erp.supplier;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The demand forecast of a supplier's products, week by week from this week's Monday: for each
 * product the stock on hand, reserved, reorder level and open sales demand today, what arrives
 * each week on confirmed purchase orders (by promised date), and the projected available stock at
 * each week's end (on hand − open demand + inbound so far). Weeks where the projection falls
 * below the reorder level are where the company will order more.
 */
public record Forecast(List<LocalDate> weeks, List<Row> rows) implements Serializable {

    public Forecast {
        weeks = List.copyOf(weeks);
        rows = List.copyOf(rows);
    }

    public record Row(String sku, String name, int onHand, int reserved, int reorderLevel, int openDemand,
                      List<Integer> inbound, List<Integer> projected) implements Serializable {

        public Row {
            inbound = List.copyOf(inbound);
            projected = List.copyOf(projected);
        }
    }
}
