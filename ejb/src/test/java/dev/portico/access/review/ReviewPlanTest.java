package dev.portico.access.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewPlanTest {

    private static final Set<String> POLICY_ROLES = Set.of("sales-rep", "sales-manager", "partner-support", "portal-admin", "distributor");

    @Test
    void oneItemPerDirectJobRoleTheManagerReviews() {
        List<ReviewPlan.Item> items = ReviewPlan.itemsFor("frank", Set.of("sales-manager", "partner-support", "default-roles-portico"),
                POLICY_ROLES, "gina");

        assertEquals(List.of(new ReviewPlan.Item("frank", "partner-support", "gina"), new ReviewPlan.Item("frank", "sales-manager", "gina")),
                items);
    }

    @Test
    void portalEntryKeycloakDefaultAndUnknownRolesAreNotReviewed() {
        Set<String> policyNamingEverything = Set.of("employee", "partner", "offline_access", "default-roles-portico", "sales-rep");

        List<ReviewPlan.Item> items = ReviewPlan.itemsFor("alice",
                Set.of("employee", "offline_access", "uma_authorization", "default-roles-portico", "legacy-crm", "sales-rep"),
                policyNamingEverything, "frank");

        assertEquals(List.of(new ReviewPlan.Item("alice", "sales-rep", "frank")), items);
    }

    @Test
    void withoutAManagerTheAdministratorsReview() {
        assertNull(ReviewPlan.itemsFor("dina", Set.of("distributor"), POLICY_ROLES, null).get(0).reviewer());
        assertNull(ReviewPlan.reviewerOf("dina", " "));
    }

    @Test
    void noOneReviewsTheirOwnGrant() {
        assertNull(ReviewPlan.reviewerOf("frank", "frank"));
        assertEquals("frank", ReviewPlan.reviewerOf("alice", "frank"));
    }

    @Test
    void aUserWithoutJobRolesHasNothingToReview() {
        assertEquals(List.of(), ReviewPlan.itemsFor("sam", Set.of("default-roles-portico"), POLICY_ROLES, null));
    }
}
