package dev.portico.access.review;

import dev.portico.access.Roles;
import java.util.List;
import java.util.Set;

/**
 * Which items a campaign holds for one user, and who reviews each: pure rules, so that they are
 * tested without a directory or a database.
 */
public final class ReviewPlan {

    /** One grant to review; {@code reviewer} is {@code null} for "any portal administrator". */
    public record Item(String username, String role, String reviewer) {
    }

    /**
     * Roles never put to a reviewer: the portal-entry roles come with every job role (composites),
     * and Keycloak's own defaults are not job roles. The policy does not name them anyway; this
     * list keeps it so should an administrator ever write a rule for one.
     */
    static final Set<String> NEVER_REVIEWED = Set.of(Roles.EMPLOYEE, Roles.PARTNER, "offline_access", "uma_authorization");

    private ReviewPlan() {
    }

    /**
     * One item per role the user holds <em>directly</em> (what someone granted; roles that
     * composites bring along follow from those) and the policy names (a role the policy does not
     * name gives no access in Portico, so there is nothing to attest), sorted by role.
     */
    public static List<Item> itemsFor(String username, Set<String> directRoles, Set<String> policyRoles, String manager) {
        String reviewer = reviewerOf(username, manager);
        return directRoles.stream()
                .filter(role -> reviewable(role, policyRoles))
                .sorted()
                .map(role -> new Item(username, role, reviewer))
                .toList();
    }

    static boolean reviewable(String role, Set<String> policyRoles) {
        return policyRoles.contains(role) && !NEVER_REVIEWED.contains(role) && !role.startsWith("default-roles-");
    }

    /** The manager, unless there is none or it is the user themself: no one attests their own access. */
    static String reviewerOf(String username, String manager) {
        return manager == null || manager.isBlank() || manager.equals(username) ? null : manager;
    }
}
