package dev.portico.access.service;

import static dev.portico.access.domain.DataScope.ALL;
import static dev.portico.access.domain.DataScope.ORGANISATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActingForTest {

    private static final Permission PARTNER_VIEW = Permission.of("partner", Action.VIEW);
    private static final Permission CUSTOMERS_VIEW = Permission.of("customers", Action.VIEW);
    private static final Permission CUSTOMERS_EDIT = Permission.of("customers", Action.EDIT);
    private static final Permission ORDERS_APPROVE = Permission.of("orders", Action.APPROVE);

    /** frank: partner support, and a sales manager who may edit and approve outside this mode. */
    private final EffectiveAccess frank = new Policy(1, List.of(
            new PolicyRule("partner-support", PARTNER_VIEW, ALL),
            new PolicyRule("sales-manager", CUSTOMERS_VIEW, ALL),
            new PolicyRule("sales-manager", CUSTOMERS_EDIT, ALL),
            new PolicyRule("sales-manager", ORDERS_APPROVE, ALL))).effectiveFor(Set.of("partner-support", "sales-manager"));

    @Test
    void aReadIsNarrowedToTheOrganisationAsItsOwnUsersSeeIt() {
        ScopeGrant grant = ActingFor.narrow("northwind", "frank", Set.of("partner-support"), frank, PARTNER_VIEW);
        assertEquals(Set.of(ORGANISATION), grant.scopes());
        assertEquals(List.of("northwind"), grant.caller().organisations());
        assertEquals(Set.of(ORGANISATION), ActingFor.narrow("northwind", "frank", Set.of(), frank, CUSTOMERS_VIEW).scopes(),
                "not frank's ALL");
    }

    @Test
    void everyWriteIsRefusedEvenOneHeldOutsideThisMode() {
        for (Permission write : List.of(CUSTOMERS_EDIT, ORDERS_APPROVE, Permission.of("partner", Action.EDIT),
                Permission.of("partner", Action.APPROVE), Permission.of("partner-people", Action.EDIT))) {
            assertThrows(AccessDeniedException.class, () -> ActingFor.narrow("northwind", "frank", Set.of(), frank, write), write.toString());
        }
    }

    @Test
    void onlyThoseWhoReadEveryOrganisationMayViewAsOne() {
        EffectiveAccess partnerUser = new Policy(1, List.of(new PolicyRule("distributor", PARTNER_VIEW, ORGANISATION)))
                .effectiveFor(Set.of("distributor"));
        assertThrows(AccessDeniedException.class, () -> ActingFor.narrow("southwind", "dina", Set.of(), partnerUser, PARTNER_VIEW));
    }
}
