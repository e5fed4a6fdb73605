package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.directory.UnknownIdentityException;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import dev.portico.access.review.AccessReview;
import dev.portico.access.review.Decision;
import dev.portico.access.review.NoSuchReviewException;
import dev.portico.access.review.ReviewItem;
import dev.portico.access.review.ReviewItemSummary;
import dev.portico.access.review.ReviewPlan;
import dev.portico.access.review.ReviewRejectedException;
import dev.portico.access.review.ReviewReport;
import dev.portico.access.review.ReviewSummary;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.TableExporter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The auditor's side of access reviews: starting, following, closing and exporting campaigns.
 * Starting one needs only {@code audit:view}, as it changes no access (reviewers do that, in
 * {@link ReviewDecisions}); the auditor keeps a read-only role. Exporting is {@code audit:export}.
 */
@Stateless
@PermitAll
public class AccessReviews {

    static final Permission VIEW = Permission.of("audit", Action.VIEW);
    static final Permission EXPORT = Permission.of("audit", Action.EXPORT);

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private Event<AccessChanged> announce;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private StaffPlacements staff;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The users a campaign may cover: every user of the directory, by username. */
    public List<String> candidates() {
        guard.require(VIEW);
        return directory.usernames();
    }

    /**
     * Opens a campaign with one item per job role each user holds directly. An unknown user, or
     * users without any job role, refuse the whole campaign: nothing is created.
     */
    public ReviewSummary start(@NotBlank @Size(max = AccessReview.MAX_NAME_LENGTH) String name,
                               @NotEmpty Set<@NotBlank @Size(max = 100) String> usernames,
                               @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String auditor = guard.require(VIEW).caller().username();
        Policy policy = policies.current();
        List<ReviewPlan.Item> planned = new ArrayList<>();
        for (String username : new TreeSet<>(usernames)) {
            planned.addAll(ReviewPlan.itemsFor(username, directRolesOf(username), policy.roles(), staff.of(username).manager()));
        }
        if (planned.isEmpty()) {
            throw new ReviewRejectedException("None of " + new TreeSet<>(usernames) + " holds a job role to review");
        }
        AccessReview review = AccessReview.start(name, auditor, reason, clock.instant());
        em.persist(review);
        em.flush();
        planned.forEach(item -> em.persist(ReviewItem.pending(review.getId(), item)));
        announce.fire(new AccessChanged(AccessChange.REVIEW_STARTED, review.ledgerSubject(),
                review.getName() + ": " + usernames.size() + " users, " + planned.size() + " grants to review",
                review.getReason(), null, policy.version()));
        return ReviewSummary.of(review, 0, planned.size());
    }

    /** Every campaign, newest first, with its progress. */
    public List<ReviewSummary> campaigns() {
        guard.require(VIEW);
        Map<Long, long[]> progress = progress();
        return em.createQuery("SELECT r FROM AccessReview r ORDER BY r.startedAt DESC, r.id DESC", AccessReview.class)
                .getResultStream()
                .map(r -> summary(r, progress.getOrDefault(r.getId(), new long[2])))
                .toList();
    }

    public ReviewSummary campaign(long id) {
        guard.require(VIEW);
        return summary(find(id, LockModeType.NONE));
    }

    /** The campaign's items, by user and role. */
    public List<ReviewItemSummary> items(long reviewId) {
        guard.require(VIEW);
        return itemsOf(find(reviewId, LockModeType.NONE));
    }

    /** Ends an open campaign before every item is decided; the undecided items stay PENDING in its result. */
    public ReviewSummary close(long id, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String auditor = guard.require(VIEW).caller().username();
        // The same lock a decision takes: a decision and the close cannot cross.
        AccessReview review = find(id, LockModeType.PESSIMISTIC_WRITE);
        review.close(auditor, clock.instant());
        ReviewSummary result = summary(review);
        announce.fire(new AccessChanged(AccessChange.REVIEW_COMPLETED, review.ledgerSubject(),
                review.getName() + ": closed early with " + result.undecided() + " of " + result.total() + " undecided",
                reason, null, policies.current().version()));
        return result;
    }

    /** The campaign's result as CSV or PDF, named {@code access-review-<id>}. */
    public ExportFile export(long id, @NotNull ExportFormat format) {
        String auditor = guard.require(EXPORT).caller().username();
        AccessReview review = find(id, LockModeType.NONE);
        return TableExporter.export(ReviewReport.of(summary(review), itemsOf(review), auditor, clock.instant()), format,
                "access-review-" + id);
    }

    /**
     * Only the roles, not {@code IdentityDirectory.user}: that one also reads the user's
     * organisations, which costs a call per user and a realm right a review does not need.
     */
    private Set<String> directRolesOf(String username) {
        try {
            return directory.realmRolesOf(username);
        } catch (UnknownIdentityException unknown) {
            throw new ReviewRejectedException("No user " + username + " in the directory");
        }
    }

    private AccessReview find(long id, LockModeType lock) {
        AccessReview review = em.find(AccessReview.class, id, lock);
        if (review == null) {
            throw new NoSuchReviewException("No access-review campaign " + id);
        }
        return review;
    }

    private List<ReviewItemSummary> itemsOf(AccessReview review) {
        return em.createQuery("SELECT i FROM ReviewItem i WHERE i.reviewId = :review ORDER BY i.username, i.role", ReviewItem.class)
                .setParameter("review", review.getId())
                .getResultStream()
                .map(item -> ReviewItemSummary.of(item, review))
                .toList();
    }

    private ReviewSummary summary(AccessReview review) {
        return summary(review, progress(review.getId()).getOrDefault(review.getId(), new long[2]));
    }

    private static ReviewSummary summary(AccessReview review, long[] decidedAndTotal) {
        return ReviewSummary.of(review, decidedAndTotal[0], decidedAndTotal[1]);
    }

    private Map<Long, long[]> progress() {
        return progress(null);
    }

    /** Per campaign id (of one campaign, or of all): {decided, total}, counted by the database. */
    private Map<Long, long[]> progress(Long onlyReview) {
        Map<Long, long[]> progress = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery(
                        "SELECT i.reviewId, SUM(CASE WHEN i.decision = :pending THEN 0 ELSE 1 END), COUNT(i) FROM ReviewItem i"
                        + (onlyReview == null ? "" : " WHERE i.reviewId = :review") + " GROUP BY i.reviewId", Object[].class)
                .setParameter("pending", Decision.PENDING);
        if (onlyReview != null) {
            query.setParameter("review", onlyReview);
        }
        query.getResultStream()
                .forEach(row -> progress.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return progress;
    }
}
