package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A call, mail or visit with a customer. Mapped for reading (the account's 360° page). */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private CustomerAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InteractionKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "by_username", nullable = false, length = 100)
    private String byUsername;

    @Column(nullable = false, length = 2000)
    private String summary;

    protected Interaction() {
    }
}
