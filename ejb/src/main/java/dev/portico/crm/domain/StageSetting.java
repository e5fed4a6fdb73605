package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stage's configuration: board position, forecast probability, whether it counts as committed. Read-only here. */
@Entity
@Table(name = "pipeline_stage")
public class StageSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Stage stage;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int probability;

    @Column(name = "is_committed", nullable = false)
    private boolean committed;

    @Column(name = "is_closed", nullable = false)
    private boolean closed;

    protected StageSetting() {
    }

    public Stage getStage() {
        return stage;
    }

    public int getProbability() {
        return probability;
    }

    public boolean isCommitted() {
        return committed;
    }
}
