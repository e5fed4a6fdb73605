package dev.portico.access.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.Caller;
import dev.portico.access.service.ScopeGrant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordScopeTest {

    private static final Caller ALICE = new Caller("alice", Set.of("sales-rep"), "EAST", Set.of("alice"), List.of());
    private static final RecordScope ORDER = RecordScope.of("sales-order", "SalesOrder", "o.id",
                    new ScopeColumns("c.territory", t -> t, "c.ownerUsername", "c.partnerAlias"))
            .through("EXISTS (SELECT c.id FROM ErpCustomer c WHERE c.id = o.customer.id AND {scope})");

    private static ScopeGrant grant(DataScope scope) {
        return new ScopeGrant(ALICE, Permission.of("orders", Action.VIEW), Set.of(scope));
    }

    @Test
    void aRestrictedScopeIsTestedInsideTheSubQuery() {
        ScopePredicate predicate = ORDER.predicate(grant(DataScope.TERRITORY));
        assertEquals("EXISTS (SELECT c.id FROM ErpCustomer c WHERE c.id = o.customer.id AND (c.territory = :scopeTerritory))",
                predicate.jpql());
        assertEquals(Map.of("scopeTerritory", "EAST"), predicate.parameters());
    }

    @Test
    void allNeedsNoSubQueryAtAll() {
        assertNull(ORDER.predicate(grant(DataScope.ALL)).jpql());
    }

    @Test
    void aDeclarationThatCannotWorkIsRefusedWhenMade() {
        ScopeColumns columns = new ScopeColumns(null, null, "x.owner", null);
        assertThrows(IllegalArgumentException.class, () -> RecordScope.of("x", "X", "id", columns));
        assertThrows(IllegalArgumentException.class, () -> RecordScope.of("x", "X", "x.id", columns).through("EXISTS (SELECT 1)"));
    }
}
