package dev.portico.access.domain;

import static dev.portico.access.domain.DataScope.ALL;
import static dev.portico.access.domain.DataScope.NONE;
import static dev.portico.access.domain.DataScope.OWN;
import static dev.portico.access.domain.DataScope.TEAM;
import static dev.portico.access.domain.DataScope.TERRITORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private static final Permission VIEW = Permission.of("customers", Action.VIEW);
    private static final Permission EDIT = Permission.of("customers", Action.EDIT);

    private final Policy policy = new Policy(7, List.of(
            new PolicyRule("sales-rep", VIEW, TERRITORY),
            new PolicyRule("sales-rep", EDIT, OWN),
            new PolicyRule("sales-manager", VIEW, TEAM),
            new PolicyRule("service-agent", VIEW, ALL),
            new PolicyRule("trainee", VIEW, NONE)));

    @Test
    void accessIsTheUnionOverTheUsersRoles() {
        EffectiveAccess access = policy.effectiveFor(Set.of("sales-rep", "sales-manager"));

        assertEquals(Set.of(TERRITORY, TEAM), access.scopesOf(VIEW));
        assertEquals(Set.of(OWN), access.scopesOf(EDIT));
        assertEquals(7, access.policyVersion());
    }

    @Test
    void allAbsorbsNarrowerScopes() {
        assertEquals(Set.of(ALL), policy.effectiveFor(Set.of("sales-rep", "service-agent")).scopesOf(VIEW));
    }

    @Test
    void noneGrantsNothing() {
        assertFalse(policy.effectiveFor(Set.of("trainee")).allows(VIEW));
    }

    @Test
    void rolesThePolicyDoesNotNameGrantNothing() {
        EffectiveAccess access = policy.effectiveFor(Set.of("hr-manager", "offline_access"));
        assertFalse(access.allows(VIEW));
        assertTrue(access.scopes().isEmpty());
    }

    @Test
    void permissionsParseFromModuleColonAction() {
        assertEquals(EDIT, Permission.parse("customers:edit"));
        assertEquals("customers:view", VIEW.toString());
        assertThrows(IllegalArgumentException.class, () -> Permission.parse("customers"));
        assertThrows(IllegalArgumentException.class, () -> Permission.parse("customers:fly"));
    }
}
