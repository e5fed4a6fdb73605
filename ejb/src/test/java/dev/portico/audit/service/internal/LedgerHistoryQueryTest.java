package dev.portico.audit.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.platform.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LedgerHistoryQueryTest {

    @Test
    void noFilterReadsEverythingInSeqOrder() {
        LedgerHistoryQuery query = new LedgerHistoryQuery(LedgerFilter.ANY);

        assertEquals("SELECT r FROM LedgerRecord r ORDER BY r.seq ASC", query.rowsJpql(PageRequest.first(10)));
        assertEquals("SELECT COUNT(r) FROM LedgerRecord r", query.countJpql());
        assertTrue(query.parameters().isEmpty());
    }

    @Test
    void everyFilterIsABindParameterInOneSharedClause() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-02-01T00:00:00Z");
        LedgerHistoryQuery query = new LedgerHistoryQuery(
                new LedgerFilter(" alice ", LedgerEvent.ROLE_GRANTED, "ada", from, to));

        String where = " WHERE r.subject = :subject AND r.event = :event AND r.actor = :actor"
                + " AND r.occurredAt >= :from AND r.occurredAt < :to";
        assertEquals("SELECT r FROM LedgerRecord r" + where + " ORDER BY r.seq ASC", query.rowsJpql(PageRequest.first(10)));
        assertEquals("SELECT COUNT(r) FROM LedgerRecord r" + where, query.countJpql());
        assertEquals(Map.of("subject", "alice", "event", "ROLE_GRANTED", "actor", "ada", "from", from, "to", to),
                query.parameters());
    }

    @Test
    void roleIsMatchedWhereTheLedgerNamesARoleAndNowhereElse() {
        LedgerHistoryQuery query = new LedgerHistoryQuery(new LedgerFilter(null, " sales-rep ", null, null, null, null));

        assertEquals("SELECT COUNT(r) FROM LedgerRecord r WHERE " + LedgerHistoryQuery.ROLE_PREDICATE, query.countJpql());
        assertEquals(Map.of(
                "roleExact", "role sales-rep",
                "roleAndMore", "role sales-rep %",
                "roleAndConflicts", "role sales-rep;%",
                "policyChanged", "POLICY_CHANGED",
                "ruleAdded", "% +sales-rep %",
                "ruleRemoved", "% -sales-rep %"), query.parameters());
    }

    /**
     * The patterns applied to details as {@code RoleGrants} and {@code PolicyAdministration} write
     * them, with the semantics of SQL LIKE: the name has to end where the role ends.
     */
    @Test
    void roleMatchesItsOwnDetailsButNotALongerRoleName() {
        LedgerHistoryQuery query = new LedgerHistoryQuery(new LedgerFilter(null, "sales-rep", null, null, null, null));
        String exact = (String) query.parameters().get("roleExact");
        List<String> grantPatterns = List.of((String) query.parameters().get("roleAndMore"),
                (String) query.parameters().get("roleAndConflicts"));
        List<String> policyPatterns = List.of((String) query.parameters().get("ruleAdded"),
                (String) query.parameters().get("ruleRemoved"));

        for (String detail : List.of("role sales-rep", "role sales-rep until 2026-03-01T00:00:00Z",
                "role sales-rep; conflicts: orders:approve + finance:edit")) {
            assertTrue(detail.equals(exact) || grantPatterns.stream().anyMatch(p -> like(detail, p)), detail);
        }
        for (String detail : List.of("v3: +sales-rep customers:view ALL", "v4: +hr-manager hr:view ALL; -sales-rep orders:edit TERRITORY")) {
            assertTrue(policyPatterns.stream().anyMatch(p -> like(detail, p)), detail);
        }
        for (String detail : List.of("role sales-rep-lead", "role sales-rep-lead until 2026-03-01T00:00:00Z",
                "role sales-rep-lead; conflicts: x", "v5: +sales-rep-lead customers:view ALL", "v6: -hr-sales-rep x:view ALL",
                "role presales-rep")) {
            assertFalse(detail.equals(exact) || grantPatterns.stream().anyMatch(p -> like(detail, p))
                    || policyPatterns.stream().anyMatch(p -> like(detail, p)), detail);
        }
    }

    @Test
    void likeWildcardsInARoleNameAreText() {
        LedgerHistoryQuery query = new LedgerHistoryQuery(new LedgerFilter(null, "offline_access%!", null, null, null, null));

        assertEquals("role offline!_access!%!! %", query.parameters().get("roleAndMore"));
        assertEquals("role offline_access%!", query.parameters().get("roleExact"), "an equality needs no escaping");
    }

    @Test
    void onlyTheDirectionOfThePageCountsNeverItsSortField() {
        PageRequest tampered = PageRequest.first(10).sortedBy("seq; DROP TABLE grant_ledger", true);

        assertEquals("SELECT r FROM LedgerRecord r ORDER BY r.seq DESC",
                new LedgerHistoryQuery(LedgerFilter.ANY).rowsJpql(tampered));
    }

    /** SQL LIKE with {@code !} as the escape character, as MariaDB applies it (case aside). */
    private static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '!') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return text.matches(regex.toString());
    }
}
