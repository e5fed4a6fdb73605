package dev.portico.access.review;

import java.io.Serializable;
import java.time.Instant;

/**
 * An item as a page shows it, with its campaign's name and start ({@code since}: how long the
 * grant has been waiting for its reviewer). {@code reviewer} {@code null}: the portal administrators.
 */
public record ReviewItemSummary(long id, long reviewId, String reviewName, Instant since, String username, String role,
                                String reviewer, Decision decision, String comment, String decidedBy, Instant decidedAt)
        implements Serializable {

    public static ReviewItemSummary of(ReviewItem item, AccessReview review) {
        return new ReviewItemSummary(item.getId(), review.getId(), review.getName(), review.getStartedAt(), item.getUsername(),
                item.getRole(), item.getReviewer(), item.getDecision(), item.getComment(), item.getDecidedBy(), item.getDecidedAt());
    }
}
