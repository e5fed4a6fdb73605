package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.event.AccessChanged;
import dev.portico.access.review.AccessReview;
import dev.portico.access.review.Decision;
import dev.portico.access.review.NoSuchReviewItemException;
import dev.portico.access.review.ReviewItem;
import dev.portico.access.review.ReviewItemSummary;
import dev.portico.access.review.ReviewStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' side of access reviews ({@code reviews:approve}): their queue, and their
 * decisions. An item is the caller's when it names them as reviewer, or names no reviewer and the
 * caller reviews ALL (an administrator); never when it is about the caller. Any other item,
 * like an id that does not exist, gets {@link NoSuchReviewItemException}.
 */
@Stateless
@PermitAll
public class ReviewDecisions {

    static final Permission APPROVE = Permission.of("reviews", Action.APPROVE);

    /** "Decided by me" is a recent history, not an archive: the campaign exports are that. */
    static final int MAX_DECIDED_SHOWN = 200;

    private static final String ITEMS = "SELECT i, r FROM ReviewItem i, AccessReview r WHERE i.reviewId = r.id";

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private Event<AccessChanged> announce;

    @Inject
    private IdentityDirectory directory;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The caller's undecided items in open campaigns, oldest campaign first. */
    public List<ReviewItemSummary> queue() {
        ScopeGrant grant = guard.require(APPROVE);
        boolean all = grant.scopes().contains(DataScope.ALL);
        TypedQuery<Object[]> query = em.createQuery(ITEMS + " AND r.status = :open AND i.decision = :pending"
                        + " AND i.username <> :me AND (i.reviewer = :me" + (all ? " OR i.reviewer IS NULL)" : ")")
                        + " ORDER BY r.startedAt, r.id, i.username, i.role", Object[].class)
                .setParameter("open", ReviewStatus.OPEN)
                .setParameter("pending", Decision.PENDING)
                .setParameter("me", grant.caller().username());
        return summaries(query);
    }

    /** The items the caller decided, newest first. */
    public List<ReviewItemSummary> decidedByMe() {
        String me = guard.require(APPROVE).caller().username();
        return summaries(em.createQuery(ITEMS + " AND i.decidedBy = :me ORDER BY i.decidedAt DESC, i.id DESC", Object[].class)
                .setParameter("me", me)
                .setMaxResults(MAX_DECIDED_SHOWN));
    }

    /**
     * Attests or revokes one grant, with the reviewer's comment. A revocation takes the role away
     * in Keycloak at once. The campaign's last decision completes it.
     */
    public void decide(long itemId, @NotNull Decision decision,
                       @NotBlank @Size(max = ReviewItem.MAX_COMMENT_LENGTH) String comment) {
        ScopeGrant grant = guard.require(APPROVE);
        String me = grant.caller().username();
        ReviewItem found = em.find(ReviewItem.class, itemId);
        if (found == null || !found.reviewableBy(me, grant.scopes().contains(DataScope.ALL))) {
            throw new NoSuchReviewItemException(itemId);
        }
        new ReviewSteps(directory, em, announce, clock).decide(found, decision, comment, me, policies.current().version());
    }

    private static List<ReviewItemSummary> summaries(TypedQuery<Object[]> query) {
        return query.getResultStream().map(row -> ReviewItemSummary.of((ReviewItem) row[0], (AccessReview) row[1])).toList();
    }
}
