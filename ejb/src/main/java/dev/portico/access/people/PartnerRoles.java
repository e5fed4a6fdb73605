package dev.portico.access.people;

import dev.portico.access.domain.OrganisationKind;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which realm roles a partner administrator may hand out: the partner roles of their kind of
 * organisation, and of those only the ones they hold themselves (nobody delegates more than they
 * have). A job role of the company (sales-rep, portal-admin...) is never among them. Pure rules,
 * tested without Keycloak.
 */
public final class PartnerRoles {

    /** The partner roles of each kind of organisation; every other realm role is the company's. */
    static final Map<OrganisationKind, Set<String>> OF_KIND = Map.of(
            OrganisationKind.DISTRIBUTOR, Set.of("distributor", "partner-viewer", "buyer", "order-approver", "partner-admin"),
            OrganisationKind.SUPPLIER, Set.of("supplier", "partner-viewer", "supplier-admin"));

    private PartnerRoles() {
    }

    /** The roles an administrator holding {@code adminRoles} (effective) may give in an organisation of {@code kind}, sorted. */
    public static Set<String> assignable(OrganisationKind kind, Set<String> adminRoles) {
        Set<String> roles = new TreeSet<>(OF_KIND.getOrDefault(kind, Set.of()));
        roles.retainAll(adminRoles);
        return roles;
    }

    /** The partner roles among a user's roles, sorted: what "Our people" shows and re-certifies. */
    public static Set<String> partnerRolesAmong(OrganisationKind kind, Set<String> roles) {
        Set<String> partner = new TreeSet<>(OF_KIND.getOrDefault(kind, Set.of()));
        partner.retainAll(roles);
        return partner;
    }
}
