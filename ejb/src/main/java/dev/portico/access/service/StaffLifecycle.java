package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import dev.portico.access.review.AccessReview;
import dev.portico.contract.EmployeeJoined;
import dev.portico.contract.EmployeeLeft;
import dev.portico.contract.EmployeeMoved;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * Joiner, mover, leaver as the access model sees them, observed in HR's transaction (so the HR
 * change and its access effects commit together). Every one is ledgered; a leaver's Keycloak
 * account is disabled (their sessions end), their grants end (roles revoked in Keycloak, each a
 * ROLE_REVOKED entry), their pending review items are decided as revoked, and the items they
 * were to review go back to the administrators' shared queue. The scopes need no step here:
 * they read HR's placements on every request.
 */
@ApplicationScoped
public class StaffLifecycle {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private Event<AccessChanged> announce;

    @EJB
    private AccessPolicies policies;

    /** The HR user who recorded the change: the one who ended the grants. */
    @Inject
    private Principal caller;

    void joined(@Observes(during = TransactionPhase.IN_PROGRESS) EmployeeJoined joined) {
        announce.fire(AccessChanged.of(AccessChange.EMPLOYEE_JOINED, joined.username(),
                detail("department " + joined.department() + ", manager " + none(joined.manager()) + ", territory "
                        + none(joined.territory()) + ", from " + joined.startDate()), joined.reason(), policies.current().version()));
    }

    void moved(@Observes(during = TransactionPhase.IN_PROGRESS) EmployeeMoved moved) {
        announce.fire(AccessChanged.of(AccessChange.EMPLOYEE_MOVED, moved.username(),
                detail("department " + moved.fromDepartment() + " -> " + moved.toDepartment() + ", manager " + none(moved.fromManager())
                        + " -> " + none(moved.toManager()) + ", territory " + none(moved.fromTerritory()) + " -> "
                        + none(moved.toTerritory())), moved.reason(), policies.current().version()));
    }

    void left(@Observes(during = TransactionPhase.IN_PROGRESS) EmployeeLeft left) {
        String username = left.username();
        int version = policies.current().version();
        String actor = caller.getName();
        boolean account = directory.user(username).isPresent();
        if (account) {
            directory.setEnabled(username, false);
        }
        @SuppressWarnings("unchecked")
        List<String> roles = em.createNativeQuery("SELECT role_name FROM role_grant WHERE username = ? AND status = 'ACTIVE'")
                .setParameter(1, username).getResultList();
        RoleRevocation revocation = new RoleRevocation(directory, em, announce);
        for (String role : roles) {
            if (account) {
                revocation.revoke(username, role, actor, "Left the company: " + left.reason(), version);
            }
        }
        int pending = em.createNativeQuery("UPDATE role_grant SET status = 'REVOKED', ended_at = CURRENT_TIMESTAMP(6), ended_by = ? "
                        + "WHERE username = ? AND status IN ('PENDING', 'ACTIVE')")
                .setParameter(1, actor).setParameter(2, username).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> reviews = em.createNativeQuery("SELECT DISTINCT i.review_id FROM access_review_item i JOIN access_review r "
                        + "ON r.id = i.review_id WHERE i.username = ? AND i.decision = 'PENDING' AND r.status = 'OPEN'")
                .setParameter(1, username).getResultList();
        int items = em.createNativeQuery("UPDATE access_review_item i JOIN access_review r ON r.id = i.review_id "
                        + "SET i.decision = 'REVOKED', i.comment = ?, i.decided_by = ?, i.decided_at = CURRENT_TIMESTAMP(6) "
                        + "WHERE i.username = ? AND i.decision = 'PENDING' AND r.status = 'OPEN'")
                .setParameter(1, "Left the company after " + left.lastDay()).setParameter(2, actor).setParameter(3, username)
                .executeUpdate();
        int handedBack = em.createNativeQuery("UPDATE access_review_item SET reviewer_username = NULL "
                        + "WHERE reviewer_username = ? AND decision = 'PENDING'")
                .setParameter(1, username).executeUpdate();
        announce.fire(AccessChanged.of(AccessChange.EMPLOYEE_LEFT, username,
                detail("last day " + left.lastDay() + "; Keycloak account " + (account ? "disabled" : "absent") + "; " + roles.size()
                        + " role grant(s) revoked, " + (pending - roles.size()) + " pending request(s) ended; " + items
                        + " review item(s) ended, " + handedBack + " to review handed back"), left.reason(), version));
        em.flush();
        for (Number review : reviews) {
            complete(review.longValue(), actor, version);
        }
    }

    /** A campaign whose last pending items were the leaver's is complete now, as with a last decision. */
    private void complete(long reviewId, String actor, int version) {
        AccessReview review = em.find(AccessReview.class, reviewId);
        long open = em.createQuery("SELECT COUNT(i) FROM ReviewItem i WHERE i.reviewId = :review "
                        + "AND i.decision = dev.portico.access.review.Decision.PENDING", Long.class)
                .setParameter("review", reviewId).getSingleResult();
        if (review != null && open == 0) {
            review.complete(Instant.now());
            announce.fire(new AccessChanged(AccessChange.REVIEW_COMPLETED, review.ledgerSubject(),
                    review.getName() + ": every grant decided (the last by a leaver's offboarding)", "Offboarding by " + actor,
                    null, version));
        }
    }

    private static String none(String value) {
        return value == null ? "none" : value;
    }

    private static String detail(String text) {
        return text.length() > AccessChanged.MAX_DETAIL_LENGTH ? text.substring(0, AccessChanged.MAX_DETAIL_LENGTH) : text;
    }
}
