package dev.portico.access.query;

import static dev.portico.access.domain.DataScope.ALL;
import static dev.portico.access.domain.DataScope.ORGANISATION;
import static dev.portico.access.domain.DataScope.OWN;
import static dev.portico.access.domain.DataScope.TEAM;
import static dev.portico.access.domain.DataScope.TERRITORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.Caller;
import dev.portico.access.service.ScopeGrant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopePredicateTest {

    private static final ScopeColumns COLUMNS = new ScopeColumns("a.territory", t -> "T:" + t, "a.owner", "p.alias");
    private static final Caller ALICE = new Caller("alice", Set.of("sales-rep"), "EAST", Set.of("alice"), List.of());
    private static final Caller FRANK = new Caller("frank", Set.of("sales-manager"), null, Set.of("frank", "alice"), List.of());
    private static final Caller DINA = new Caller("dina", Set.of("distributor"), null, Set.of("dina"), List.of("northwind"));

    private static ScopePredicate predicate(Caller caller, DataScope... scopes) {
        return ScopePredicate.of(new ScopeGrant(caller, Permission.of("customers", Action.VIEW), Set.of(scopes)), COLUMNS);
    }

    @Test
    void allRestrictsNothing() {
        assertNull(predicate(ALICE, ALL, TERRITORY).jpql());
    }

    @Test
    void territoryUsesTheCallersTerritoryConverted() {
        ScopePredicate p = predicate(ALICE, TERRITORY);
        assertEquals("(a.territory = :scopeTerritory)", p.jpql());
        assertEquals(Map.of("scopeTerritory", "T:EAST"), p.parameters());
    }

    @Test
    void severalScopesAreAlternatives() {
        ScopePredicate p = predicate(FRANK, TEAM, OWN);
        assertTrue(p.jpql().contains("a.owner IN :scopeTeam") && p.jpql().contains(" OR ") && p.jpql().contains("a.owner = :scopeOwner"), p.jpql());
        assertEquals(Set.of("frank", "alice"), Set.copyOf((List<?>) p.parameters().get("scopeTeam")));
    }

    @Test
    void organisationMatchesThePartnersAliases() {
        ScopePredicate p = predicate(DINA, ORGANISATION);
        assertEquals("(p.alias IN :scopeOrganisations)", p.jpql());
        assertEquals(List.of("northwind"), p.parameters().get("scopeOrganisations"));
    }

    @Test
    void aScopeTheCallerCannotFillMatchesNothing() {
        assertEquals("1 = 0", predicate(FRANK, TERRITORY).jpql(), "no territory: nothing, never everything");
        assertEquals("1 = 0", predicate(ALICE, ORGANISATION).jpql(), "staff have no organisation");
    }

    @Test
    void newRecordsAreCheckedWithTheSameRules() {
        ScopeGrant alice = new ScopeGrant(ALICE, Permission.of("customers", Action.EDIT), Set.of(TERRITORY));
        assertTrue(alice.covers("EAST", "bob", null));
        assertFalse(alice.covers("WEST", "alice", null));
        ScopeGrant dina = new ScopeGrant(DINA, Permission.of("customers", Action.EDIT), Set.of(ORGANISATION));
        assertTrue(dina.covers("WEST", "x", "northwind"));
        assertFalse(dina.covers("WEST", "x", "southwind"));
    }
}
