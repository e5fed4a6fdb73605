package dev.portico.access.review;

import java.io.Serializable;
import java.time.Instant;

/** A campaign as the auditor's pages show it, with its progress: {@code decided} of {@code total} items. */
public record ReviewSummary(long id, String name, String startedBy, Instant startedAt, String reason, ReviewStatus status,
                            Instant closedAt, String closedBy, long decided, long total) implements Serializable {

    public static ReviewSummary of(AccessReview review, long decided, long total) {
        return new ReviewSummary(review.getId(), review.getName(), review.getStartedBy(), review.getStartedAt(),
                review.getReason(), review.getStatus(), review.getClosedAt(), review.getClosedBy(), decided, total);
    }

    public long undecided() {
        return total - decided;
    }
}
