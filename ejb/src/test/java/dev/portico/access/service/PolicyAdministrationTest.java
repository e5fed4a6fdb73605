package dev.portico.access.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.PolicyRule;
import dev.portico.audit.domain.LedgerEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyAdministrationTest {

    private static final PolicyRule REP = new PolicyRule("sales-rep", Permission.of("customers", Action.VIEW), DataScope.TERRITORY);
    private static final PolicyRule HR = new PolicyRule("hr-manager", Permission.of("customers", Action.VIEW), DataScope.ALL);

    @Test
    void theLedgerDetailListsAddedAndRemovedRules() {
        assertEquals("v8: +hr-manager customers:view ALL; -sales-rep customers:view TERRITORY",
                PolicyAdministration.changes(List.of(REP), List.of(HR), 8));
        assertEquals("v9: no rule changed", PolicyAdministration.changes(List.of(REP), List.of(REP), 9));
    }

    @Test
    void aLargeChangeIsCutToWhatTheLedgerKeeps() {
        List<PolicyRule> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new PolicyRule("role-" + i, Permission.of("customers", Action.VIEW), DataScope.ALL));
        }
        String detail = PolicyAdministration.changes(List.of(), many, 10);
        assertEquals(LedgerEntry.MAX_DETAIL_LENGTH, detail.length());
        assertTrue(detail.endsWith("…"));
    }
}
