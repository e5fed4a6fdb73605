package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import dev.portico.access.review.AccessReview;
import dev.portico.access.review.Decision;
import dev.portico.access.review.ReviewItem;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Map;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The steps of deciding one access-review item, shared by the company's reviewers
 * ({@link ReviewDecisions}, {@code reviews:approve}) and a partner administrator re-certifying
 * their own people ({@link PartnerPeople}, {@code partner-people:edit}). Package-private and
 * not a bean, like {@link RoleRevocation}: each caller has checked its permission and that the
 * item is the caller's to decide.
 */
final class ReviewSteps {

    private final IdentityDirectory directory;
    private final EntityManager em;
    private final Event<AccessChanged> announce;
    private final Clock clock;

    ReviewSteps(IdentityDirectory directory, EntityManager em, Event<AccessChanged> announce, Clock clock) {
        this.directory = directory;
        this.em = em;
        this.announce = announce;
        this.clock = clock;
    }

    /**
     * Attests or revokes the item (a revocation takes the role away in Keycloak at once) and
     * completes the campaign with its last decision.
     */
    void decide(ReviewItem found, Decision decision, String comment, String me, int version) {
        // The campaign row first, then the item: decisions of one campaign, and its closing, take turns.
        AccessReview review = em.find(AccessReview.class, found.getReviewId(), LockModeType.PESSIMISTIC_WRITE, fresh());
        ReviewItem item = em.find(ReviewItem.class, found.getId(), LockModeType.PESSIMISTIC_WRITE, fresh());
        item.requirePending(); // the more telling answer when the campaign has completed with it
        review.requireOpen();
        item.decide(decision, comment, me, clock.instant());
        if (decision == Decision.REVOKED) {
            new RoleRevocation(directory, em, announce).revoke(item.getUsername(), item.getRole(), me,
                    "Access review " + review.getId() + ": " + item.getComment(), version);
        } else {
            announce.fire(new AccessChanged(AccessChange.REVIEW_ATTESTED,
                    item.getUsername(), "role " + item.getRole() + " in review " + review.getId(),
                    item.getComment(), null, version));
        }
        em.flush();
        if (count(review, Decision.PENDING) == 0) {
            review.complete(clock.instant());
            announce.fire(new AccessChanged(AccessChange.REVIEW_COMPLETED,
                    review.ledgerSubject(), review.getName() + ": every grant decided, "
                    + count(review, Decision.ATTESTED) + " attested, " + count(review, Decision.REVOKED) + " revoked",
                    "Last decision by " + me, null, version));
        }
    }

    private long count(AccessReview review, Decision decision) {
        return em.createQuery("SELECT COUNT(i) FROM ReviewItem i WHERE i.reviewId = :review AND i.decision = :decision", Long.class)
                .setParameter("review", review.getId())
                .setParameter("decision", decision)
                .getSingleResult();
    }

    private static Map<String, Object> fresh() {
        return Map.of(QueryHints.REFRESH, HintValues.TRUE);
    }
}
