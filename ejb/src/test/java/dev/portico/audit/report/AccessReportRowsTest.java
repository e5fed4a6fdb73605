package dev.portico.audit.report;

import static dev.portico.access.domain.DataScope.ALL;
import static dev.portico.access.domain.DataScope.NONE;
import static dev.portico.access.domain.DataScope.ORGANISATION;
import static dev.portico.access.domain.DataScope.TEAM;
import static dev.portico.access.domain.DataScope.TERRITORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessReportRowsTest {

    private static final Permission CUSTOMERS_VIEW = Permission.of("customers", Action.VIEW);
    private static final Permission CUSTOMERS_EDIT = Permission.of("customers", Action.EDIT);
    private static final Permission SERVICE_VIEW = Permission.of("service", Action.VIEW);

    private final Policy policy = new Policy(4, List.of(
            new PolicyRule("sales-rep", CUSTOMERS_EDIT, TERRITORY),
            new PolicyRule("sales-rep", CUSTOMERS_VIEW, TERRITORY),
            new PolicyRule("sales-manager", CUSTOMERS_VIEW, TEAM),
            new PolicyRule("partner-support", SERVICE_VIEW, ALL),
            new PolicyRule("distributor", CUSTOMERS_VIEW, ORGANISATION),
            new PolicyRule("trainee", CUSTOMERS_VIEW, NONE)));

    private final DirectoryUser alice = user("alice", "Alice", "Archer", Set.of("sales-rep"), Set.of());
    private final DirectoryUser frank = user("frank", "Frank", "Fischer", Set.of("sales-manager", "sales-rep"), Set.of());
    private final DirectoryUser dina = user("dina", "Dina", "Delgado", Set.of("distributor"), Set.of("northwind"));
    private final DirectoryUser tom = user("tom", "Tom", "Trent", Set.of("trainee"), Set.of());
    /** Holds partner-support only through a composite role the policy does not name. */
    private final DirectoryUser pat = new DirectoryUser("pat", "Pat", "Pike", "pat@example.test", true,
            Set.of("helpdesk"), Set.of("helpdesk", "partner-support", "employee"), Set.of());
    private final List<DirectoryUser> users = List.of(tom, frank, dina, alice, pat);

    @Test
    void oneRowPerUserAndPermissionSortedByUserModuleAndAction() {
        List<AccessReportRow> rows = AccessReportRows.build(policy, users, AccessReportFilter.ANY);

        assertEquals(List.of(
                row("alice", "Alice Archer", "", "sales-rep", "customers", "VIEW", "TERRITORY"),
                row("alice", "Alice Archer", "", "sales-rep", "customers", "EDIT", "TERRITORY"),
                row("dina", "Dina Delgado", "northwind", "distributor", "customers", "VIEW", "ORGANISATION"),
                row("frank", "Frank Fischer", "", "sales-manager, sales-rep", "customers", "VIEW", "TERRITORY, TEAM"),
                row("frank", "Frank Fischer", "", "sales-rep", "customers", "EDIT", "TERRITORY"),
                row("pat", "Pat Pike", "", "partner-support (inherited)", "service", "VIEW", "ALL"),
                row("tom", "Tom Trent", "", "default-roles-portico, trainee", "", "", AccessReportRow.NO_ACCESS)), rows);
    }

    @Test
    void aUserWithoutAnyPermissionAppearsOnceWithTheRolesTheyHold() {
        List<AccessReportRow> rows = AccessReportRows.build(policy, List.of(tom), AccessReportFilter.ANY);

        assertEquals(1, rows.size());
        assertFalse(rows.get(0).hasAccess());
        assertEquals(rows, AccessReportRows.build(policy, List.of(tom), filter(null, "trainee", null, null, null)));
        assertEquals(List.of(), AccessReportRows.build(policy, List.of(tom), filter(null, null, "customers", null, null)),
                "a module or action filter asks for permissions, which the user has none of");
    }

    @Test
    void textMatchesUserNameOrFullNameIgnoringCase() {
        assertEquals(List.of("alice"), usernames(filter("ARCH", null, null, null, null)));
        assertEquals(List.of("dina"), usernames(filter("dIn", null, null, null, null)));
        assertEquals(List.of(), usernames(filter("nobody", null, null, null, null)));
    }

    @Test
    void roleKeepsThePermissionsThatRoleGrants() {
        List<AccessReportRow> rows = AccessReportRows.build(policy, users, filter(null, "sales-manager", null, null, null));

        assertEquals(List.of(row("frank", "Frank Fischer", "", "sales-manager, sales-rep", "customers", "VIEW", "TERRITORY, TEAM")), rows,
                "the row still names every role that grants it, and the union of their scopes");
    }

    @Test
    void moduleActionAndOrganisationNarrowTheRows() {
        assertEquals(List.of("alice", "dina", "frank"), usernames(filter(null, null, "customers", Action.VIEW, null)));
        assertEquals(List.of("alice", "frank"), usernames(filter(null, null, null, Action.EDIT, null)));
        assertEquals(List.of("pat"), usernames(filter(null, null, "service", null, null)));
        assertEquals(List.of("dina"), usernames(filter(null, null, null, null, "northwind")));
        assertEquals(List.of(), usernames(filter(null, null, "customers", null, "southwind")));
    }

    @Test
    void blankFilterValuesMeanAnyAndTheCaptionSaysWhatWasChosen() {
        assertEquals(AccessReportFilter.ANY, filter(" ", "", null, null, "  "));
        assertEquals("all users", AccessReportFilter.ANY.describe());
        assertEquals("name contains \"al\", module customers, action VIEW, organisation northwind",
                filter(" al ", null, "customers", Action.VIEW, "northwind").describe());
    }

    @Test
    void everyRowCarriesThePolicyVersionAndCellsInHeaderOrder() {
        AccessReportRow first = AccessReportRows.build(policy, List.of(dina), AccessReportFilter.ANY).get(0);

        assertEquals(List.of("dina", "Dina Delgado", "northwind", "distributor", "customers", "VIEW", "ORGANISATION", "4"),
                first.cells());
        assertEquals(AccessReportRow.HEADERS.size(), first.cells().size());
    }

    private List<String> usernames(AccessReportFilter filter) {
        return AccessReportRows.build(policy, users, filter).stream().map(AccessReportRow::username).distinct().toList();
    }

    private static AccessReportFilter filter(String text, String role, String module, Action action, String organisation) {
        return new AccessReportFilter(text, role, module, action, organisation);
    }

    private static AccessReportRow row(String username, String name, String organisations, String roles, String module,
                                       String action, String scopes) {
        return new AccessReportRow(username, name, organisations, roles, module, action, scopes, 4);
    }

    /** As Keycloak reports a job role: a composite that brings {@code employee} or {@code partner} along. */
    private static DirectoryUser user(String username, String first, String last, Set<String> roles, Set<String> organisations) {
        Set<String> effective = new HashSet<>(roles);
        effective.add(organisations.isEmpty() ? "employee" : "partner");
        effective.add("default-roles-portico");
        Set<String> direct = new HashSet<>(roles);
        direct.add("default-roles-portico");
        return new DirectoryUser(username, first, last, username + "@example.test", true, direct, effective, organisations);
    }
}
