package dev.portico.access.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessReviewTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant END = Instant.parse("2025-03-08T17:00:00Z");

    private static AccessReview open() {
        return AccessReview.start(" Q1 sales ", "audrey", "Quarterly review", START);
    }

    @Test
    void startsOpen() {
        AccessReview review = open();
        assertEquals(ReviewStatus.OPEN, review.getStatus());
        assertEquals("Q1 sales", review.getName());
        assertEquals(START, review.getStartedAt());
    }

    @Test
    void completesOnceAndThenRefusesEverything() {
        AccessReview review = open();
        review.complete(END);

        assertEquals(ReviewStatus.COMPLETED, review.getStatus());
        assertEquals(END, review.getClosedAt());
        assertNull(review.getClosedBy());
        assertThrows(ReviewNotOpenException.class, review::requireOpen);
        assertThrows(ReviewNotOpenException.class, () -> review.close("audrey", END));
    }

    @Test
    void anAuditorClosesEarlyOnlyAnOpenCampaign() {
        AccessReview review = open();
        review.close("audrey", END);

        assertEquals(ReviewStatus.CLOSED, review.getStatus());
        assertEquals("audrey", review.getClosedBy());
        assertThrows(ReviewNotOpenException.class, () -> review.close("audrey", END));
        assertThrows(ReviewNotOpenException.class, () -> review.complete(END));
    }

    @Test
    void needsANameAndAReason() {
        assertThrows(IllegalArgumentException.class, () -> AccessReview.start(" ", "audrey", "why", START));
        assertThrows(IllegalArgumentException.class, () -> AccessReview.start("name", "audrey", null, START));
        assertThrows(IllegalArgumentException.class,
                () -> AccessReview.start("n".repeat(AccessReview.MAX_NAME_LENGTH + 1), "audrey", "why", START));
    }
}
