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
import java.time.Instant;

/**
 * A call, mail, visit or demo with a customer: an activity. Planned for someone at a time (for an
 * account, perhaps for one of its opportunities), then done with its outcome — at the time it
 * happened — or cancelled. Only a done one is contact (the cadence, the 360° page). Rows from
 * before activities existed are done.
 */
@Entity
@Table(name = "interaction")
public class Interaction {

    public static final int MAX_SUMMARY_LENGTH = 2000;
    public static final int MAX_OUTCOME_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private CustomerAccount account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InteractionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActivityStatus status;

    /** When it happens (planned) or happened (done). */
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Whose activity it is: the rep who makes the call or the visit. */
    @Column(name = "by_username", nullable = false, length = 100)
    private String byUsername;

    @Column(name = "planned_by", length = 100)
    private String plannedBy;

    @Column(nullable = false, length = MAX_SUMMARY_LENGTH)
    private String summary;

    @Column(length = MAX_OUTCOME_LENGTH)
    private String outcome;

    @Version
    private long version;

    protected Interaction() {
    }

    public static Interaction planned(CustomerAccount account, Opportunity opportunity, InteractionKind kind, Instant at, String owner,
                                      String summary, String plannedBy) {
        if (opportunity != null && !opportunity.getAccount().getId().equals(account.getId())) {
            throw new PipelineStateException("opportunity " + opportunity.getId() + " is not of account " + account.getId());
        }
        Interaction activity = new Interaction();
        activity.account = account;
        activity.opportunity = opportunity;
        activity.kind = kind;
        activity.status = ActivityStatus.PLANNED;
        activity.occurredAt = at;
        activity.byUsername = owner;
        activity.summary = summary.strip();
        activity.plannedBy = plannedBy;
        return activity;
    }

    /** Done, with what came of it, at {@code at} (when it actually happened; not in the future). */
    public void done(String outcomeText, Instant at, Instant now) {
        requirePlanned("done");
        if (outcomeText == null || outcomeText.isBlank()) {
            throw new PipelineStateException("say what came of the " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (at.isAfter(now)) {
            throw new PipelineStateException("an activity is done when it has happened, not at " + at);
        }
        status = ActivityStatus.DONE;
        outcome = outcomeText.strip();
        occurredAt = at;
    }

    public void cancel() {
        requirePlanned("cancelled");
        status = ActivityStatus.CANCELLED;
    }

    private void requirePlanned(String what) {
        if (status != ActivityStatus.PLANNED) {
            throw new PipelineStateException("activity " + id + " is " + status + " and can no longer be " + what);
        }
    }

    public Long getId() {
        return id;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public String getByUsername() {
        return byUsername;
    }
}
