package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A possible sale to an account. Its rules: an open opportunity moves to any other open stage or
 * to LOST (with a reason); it is WON only by signing one of its quotes ({@link #wonBy}); a closed
 * one does not move again. Every move returns the {@link StageChange} to keep, so the history
 * cannot be skipped. {@code version} makes two concurrent moves one success and one failure.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private CustomerAccount account;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String ownerUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stage stage;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "close_date", nullable = false)
    private LocalDate closeDate;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(name = "next_step_date")
    private LocalDate nextStepDate;

    @Column(name = "lost_reason", length = MAX_REASON_LENGTH)
    private String lostReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private Lead lead;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Opportunity() {
    }

    /** Opens an opportunity at {@code stage} (an open one); its first history row is returned by {@link #opened}. */
    public static Opportunity open(CustomerAccount account, String name, String owner, Stage stage, BigDecimal amount, String currency,
                                   LocalDate closeDate, Lead lead, Instant now) {
        if (stage.closed()) {
            throw new PipelineStateException("a new opportunity starts in an open stage, not " + stage);
        }
        Opportunity o = new Opportunity();
        o.account = account;
        o.name = name.strip();
        o.ownerUsername = owner;
        o.stage = stage;
        o.amount = amount;
        o.currency = currency;
        o.closeDate = closeDate;
        o.lead = lead;
        o.createdAt = now;
        return o;
    }

    /** The history row of its opening. */
    public StageChange opened(String by, Instant now) {
        return new StageChange(this, null, stage, by, now, null);
    }

    /**
     * Moves an open opportunity to another open stage, or to LOST with {@code note} as the reason.
     *
     * @throws PipelineStateException when it is closed, when the stage is WON, or when LOST has no reason
     */
    public StageChange move(Stage to, String by, String note, Instant now) {
        if (stage.closed()) {
            throw new PipelineStateException("opportunity " + id + " is " + stage + " (closed) and does not move again");
        }
        if (to == Stage.WON) {
            throw new PipelineStateException("an opportunity is won by signing one of its quotes, not by moving it");
        }
        if (to == stage) {
            throw new PipelineStateException("opportunity " + id + " is already in " + stage);
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (to == Stage.LOST) {
            if (reason == null) {
                throw new PipelineStateException("say why opportunity " + id + " was lost");
            }
            lostReason = reason;
            closedAt = now;
        }
        Stage from = stage;
        stage = to;
        return new StageChange(this, from, to, by, now, reason);
    }

    /** Its quote was signed: won, at the quote's total. Empty when it was closed already (a second quote). */
    public java.util.Optional<StageChange> wonBy(Quote quote, String by, Instant now) {
        if (stage.closed()) {
            return java.util.Optional.empty();
        }
        Stage from = stage;
        stage = Stage.WON;
        amount = quote.getTotal();
        closedAt = now;
        return java.util.Optional.of(new StageChange(this, from, Stage.WON, by, now, "quote " + quote.getId() + " signed"));
    }

    public void plan(String step, LocalDate date) {
        nextStep = step == null || step.isBlank() ? null : step.strip();
        nextStepDate = nextStep == null ? null : date;
    }

    public Long getId() {
        return id;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public Stage getStage() {
        return stage;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }
}
