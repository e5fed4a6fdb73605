package dev.portico.audit.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.platform.paging.PageRequest;
import java.time.Instant;
import java.util.Map;
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
    void onlyTheDirectionOfThePageCountsNeverItsSortField() {
        PageRequest tampered = PageRequest.first(10).sortedBy("seq; DROP TABLE grant_ledger", true);

        assertEquals("SELECT r FROM LedgerRecord r ORDER BY r.seq DESC",
                new LedgerHistoryQuery(LedgerFilter.ANY).rowsJpql(tampered));
    }
}
