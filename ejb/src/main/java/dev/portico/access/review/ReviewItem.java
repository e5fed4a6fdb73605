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

/** One grant under review: a user's role, who reviews it and, once decided, the decision. */
@Entity
@Table(name = "access_review_item")
public class ReviewItem {

    /**
     * Shorter than the column (1000): a revocation's ledger reason is {@code "Access review <id>: "}
     * followed by the comment, and the ledger refuses a reason over 1000 characters rather than cut it.
     */
    public static final int MAX_COMMENT_LENGTH = 960;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "role_name", nullable = false, length = 64)
    private String role;

    /** {@code null}: any portal administrator (whoever holds {@code reviews:approve} with scope ALL). */
    @Column(name = "reviewer_username", length = 100)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Decision decision;

    @Column(length = 1000)
    private String comment;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ReviewItem() {
    }

    public static ReviewItem pending(long reviewId, ReviewPlan.Item planned) {
        ReviewItem item = new ReviewItem();
        item.reviewId = reviewId;
        item.username = planned.username();
        item.role = planned.role();
        item.reviewer = planned.reviewer();
        item.decision = Decision.PENDING;
        return item;
    }

    /**
     * Whether {@code caller} is this item's reviewer: the named one, or any administrator (one who
     * reviews ALL) for an item without one; never the user under review.
     */
    public boolean reviewableBy(String caller, boolean reviewsAll) {
        if (caller == null || caller.equals(username)) {
            return false;
        }
        return reviewer == null ? reviewsAll : reviewer.equals(caller);
    }

    /** Records the decision; a decision is final, so a second one is refused. */
    public void decide(Decision answer, String reason, String by, Instant now) {
        if (answer == null || answer == Decision.PENDING) {
            throw new IllegalArgumentException("a decision is ATTESTED or REVOKED");
        }
        requirePending();
        comment = AccessReview.required(reason, "comment", MAX_COMMENT_LENGTH);
        decision = answer;
        decidedBy = AccessReview.required(by, "decidedBy", 100);
        decidedAt = now;
    }

    public void requirePending() {
        if (decision != Decision.PENDING) {
            throw new ReviewItemDecidedException(username + "'s role " + role + " was already " + decision.name().toLowerCase()
                    + " by " + decidedBy);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
