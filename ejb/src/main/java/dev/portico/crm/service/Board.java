package dev.portico.crm.service;

import dev.portico.crm.domain.Stage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The pipeline board: each stage's first cards (soonest close first) and each stage's full count. */
public record Board(Map<Stage, List<OpportunitySummary>> columns, Map<Stage, Long> counts) implements Serializable {

    public List<OpportunitySummary> column(Stage stage) {
        return columns.getOrDefault(stage, List.of());
    }

    public long count(Stage stage) {
        return counts.getOrDefault(stage, 0L);
    }
}
