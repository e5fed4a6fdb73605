package dev.portico.it.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The default policy as the README's table states it, written out independently of the
 * migrations: what the permission matrix tests hold the running system to. Scopes of one
 * permission are sorted and joined with ", " (ALL absorbs the others).
 */
public final class SeededPolicy {

    public static final List<String> MODULES = List.of("customers", "orders", "service", "products", "hr", "hr-sensitive", "directory",
            "leads", "pipeline", "finance", "purchasing", "partner", "partner-people", "access-admin", "integration", "audit", "reviews");
    public static final List<String> ACTIONS = List.of("view", "edit", "approve", "export");

    /** Job role → permission → scopes. */
    public static final Map<String, Map<String, String>> BY_ROLE = Map.ofEntries(
            role("sales-rep", "customers:view=TERRITORY customers:edit=TERRITORY orders:view=TERRITORY orders:edit=TERRITORY "
                    + "service:view=TERRITORY products:view=ALL directory:view=ALL leads:view=TERRITORY leads:edit=TERRITORY "
                    + "pipeline:view=OWN pipeline:edit=OWN pipeline:export=OWN"),
            role("sales-manager", "customers:view=TEAM customers:edit=TEAM customers:approve=TEAM customers:export=TEAM "
                    + "orders:view=TEAM orders:edit=TEAM orders:approve=TEAM service:view=TEAM products:view=ALL "
                    + "reviews:view=TEAM reviews:approve=TEAM hr:view=TEAM hr:export=TEAM directory:view=ALL "
                    + "leads:view=ALL leads:edit=ALL leads:approve=ALL pipeline:view=TEAM pipeline:edit=TEAM pipeline:export=TEAM"),
            role("partner-support", "partner:view=ALL service:view=ALL"),
            role("service-agent", "customers:view=ALL orders:view=ALL service:view=ALL service:edit=ALL directory:view=ALL"),
            role("hr-manager", "hr:view=ALL hr:edit=ALL hr:export=ALL hr-sensitive:view=ALL hr-sensitive:edit=ALL directory:view=ALL"),
            role("finance", "customers:view=ALL orders:view=ALL finance:view=ALL finance:edit=ALL finance:export=ALL directory:view=ALL"),
            role("warehouse", "orders:view=ALL orders:edit=ALL products:view=ALL products:edit=ALL purchasing:view=ALL "
                    + "purchasing:edit=ALL directory:view=ALL"),
            role("portal-admin", "access-admin:view=ALL access-admin:edit=ALL integration:view=ALL integration:edit=ALL "
                    + "reviews:view=ALL reviews:approve=ALL directory:view=ALL"),
            role("auditor", "audit:view=ALL audit:export=ALL directory:view=ALL"),
            role("distributor", "partner:view=ORGANISATION leads:view=ORGANISATION leads:edit=ORGANISATION"),
            role("supplier", "partner:view=ORGANISATION purchasing:view=ORGANISATION purchasing:edit=ORGANISATION"),
            role("partner-viewer", "partner:view=ORGANISATION"),
            role("buyer", "partner:view=ORGANISATION partner:edit=ORGANISATION"),
            role("order-approver", "partner:view=ORGANISATION partner:approve=ORGANISATION"),
            role("partner-admin", "partner:view=ORGANISATION partner-people:view=ORGANISATION partner-people:edit=ORGANISATION"),
            role("supplier-admin", "partner:view=ORGANISATION partner-people:view=ORGANISATION partner-people:edit=ORGANISATION"));

    /** Demo persona → job roles (config/keycloak/portico-realm.json). */
    public static final Map<String, Set<String>> PERSONAS = Map.ofEntries(
            Map.entry("alice", Set.of("sales-rep")), Map.entry("frank", Set.of("sales-manager", "partner-support")),
            Map.entry("bob", Set.of("service-agent")), Map.entry("carol", Set.of("hr-manager")),
            Map.entry("dave", Set.of("finance")), Map.entry("erin", Set.of("warehouse")),
            Map.entry("ada", Set.of("portal-admin")), Map.entry("zara", Set.of("portal-admin")), Map.entry("audrey", Set.of("auditor")),
            Map.entry("dina", Set.of("distributor", "partner-admin", "buyer", "order-approver")),
            Map.entry("dan", Set.of("distributor", "partner-admin", "buyer", "order-approver")),
            Map.entry("nick", Set.of("distributor", "buyer")),
            Map.entry("sam", Set.of("supplier", "supplier-admin")), Map.entry("tess", Set.of("supplier")));

    public static final Set<String> PARTNERS = Set.of("dina", "dan", "nick", "sam", "tess");

    private SeededPolicy() {
    }

    /** A persona's expected access: the union over their roles, ALL absorbing narrower scopes. */
    public static Map<String, String> forPersona(String persona) {
        Map<String, Set<String>> union = new HashMap<>();
        for (String role : PERSONAS.get(persona)) {
            BY_ROLE.get(role).forEach((permission, scopes) ->
                    union.computeIfAbsent(permission, p -> new TreeSet<>()).addAll(List.of(scopes.split(", "))));
        }
        Map<String, String> result = new TreeMap<>();
        union.forEach((permission, scopes) -> result.put(permission, scopes.contains("ALL") ? "ALL" : String.join(", ", scopes)));
        return result;
    }

    private static Map.Entry<String, Map<String, String>> role(String role, String grants) {
        Map<String, String> permissions = new TreeMap<>();
        for (String grant : grants.split(" ")) {
            String[] parts = grant.split("=");
            permissions.put(parts[0], parts[1]);
        }
        return Map.entry(role, Map.copyOf(permissions));
    }
}
