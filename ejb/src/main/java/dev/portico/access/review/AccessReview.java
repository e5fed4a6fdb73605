package dev.portico.access.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An access-review campaign: who started it, why, and whether its items may still be decided. */
@Entity
@Table(name = "access_review")
public class AccessReview {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    protected AccessReview() {
    }

    public static AccessReview start(String name, String startedBy, String reason, Instant now) {
        AccessReview review = new AccessReview();
        review.name = required(name, "name", MAX_NAME_LENGTH);
        review.startedBy = required(startedBy, "startedBy", 100);
        review.reason = required(reason, "reason", MAX_REASON_LENGTH);
        review.startedAt = now;
        review.status = ReviewStatus.OPEN;
        return review;
    }

    /** The last item has been decided. */
    public void complete(Instant now) {
        requireOpen();
        status = ReviewStatus.COMPLETED;
        closedAt = now;
    }

    /** An auditor ends the campaign before every item is decided; undecided items stay PENDING. */
    public void close(String by, Instant now) {
        requireOpen();
        status = ReviewStatus.CLOSED;
        closedAt = now;
        closedBy = by;
    }

    public void requireOpen() {
        if (status != ReviewStatus.OPEN) {
            throw new ReviewNotOpenException("Campaign " + id + " is " + status.name().toLowerCase() + ": nothing more can be decided in it");
        }
    }

    /** {@code review:<id>}: how the ledger names a campaign as its subject. */
    public String ledgerSubject() {
        return "review:" + id;
    }

    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getReason() {
        return reason;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
