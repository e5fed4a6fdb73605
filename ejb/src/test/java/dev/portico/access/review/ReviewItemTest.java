package dev.portico.access.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewItemTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    private static ReviewItem item(String username, String reviewer) {
        return ReviewItem.pending(7, new ReviewPlan.Item(username, "sales-rep", reviewer));
    }

    @Test
    void theNamedReviewerDecidesAndNoOneElse() {
        ReviewItem alices = item("alice", "frank");

        assertTrue(alices.reviewableBy("frank", false));
        assertFalse(alices.reviewableBy("ada", true), "an administrator does not take over a manager's item");
        assertFalse(alices.reviewableBy("bob", false));
    }

    @Test
    void anItemWithoutReviewerIsForWhoeverReviewsAll() {
        ReviewItem dinas = item("dina", null);

        assertTrue(dinas.reviewableBy("ada", true));
        assertFalse(dinas.reviewableBy("frank", false));
    }

    @Test
    void noOneDecidesAboutTheirOwnGrant() {
        assertFalse(item("ada", null).reviewableBy("ada", true));
    }

    @Test
    void aDecisionIsFinal() {
        ReviewItem alices = item("alice", "frank");
        alices.decide(Decision.ATTESTED, "  Still sells in the East  ", "frank", NOW);

        assertEquals(Decision.ATTESTED, alices.getDecision());
        assertEquals("Still sells in the East", alices.getComment());
        assertEquals("frank", alices.getDecidedBy());
        assertEquals(NOW, alices.getDecidedAt());
        assertThrows(ReviewItemDecidedException.class, () -> alices.decide(Decision.REVOKED, "changed my mind", "frank", NOW));
        assertEquals(Decision.ATTESTED, alices.getDecision());
    }

    @Test
    void aDecisionNeedsAnAnswerAndAComment() {
        ReviewItem alices = item("alice", "frank");

        assertThrows(IllegalArgumentException.class, () -> alices.decide(Decision.PENDING, "later", "frank", NOW));
        assertThrows(IllegalArgumentException.class, () -> alices.decide(Decision.REVOKED, " ", "frank", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> alices.decide(Decision.REVOKED, "x".repeat(ReviewItem.MAX_COMMENT_LENGTH + 1), "frank", NOW));
        assertEquals(Decision.PENDING, alices.getDecision());
    }
}
