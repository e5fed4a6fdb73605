package dev.portico.audit.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.platform.export.Table;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTableTest {

    @Test
    void cellsAreWhatTheLedgerPageShowsInItsColumnOrder() {
        Instant at = Instant.parse("2026-03-01T09:30:00.123456Z");
        LedgerEntry granted = LedgerEntry.next(7, LedgerEntry.GENESIS_HASH, at, "ada", LedgerEvent.ROLE_GRANTED, "alice",
                "role sales-rep", "joins the East team", null, 3);
        LedgerEntry policy = LedgerEntry.next(8, granted.hash(), at, "ada", LedgerEvent.POLICY_CHANGED, null,
                "v4: +hr-manager hr:view ALL", "HR needs it", "zara", 4);

        Table table = LedgerTable.of(List.of(policy, granted), "Filter: all entries.");

        assertEquals(List.of("#", "When (UTC)", "Who", "What", "To whom", "Detail", "Why", "Approved by", "Policy"), table.headers());
        assertEquals(List.of(
                List.of("8", "2026-03-01T09:30:00.123456Z", "ada", "POLICY_CHANGED", "", "v4: +hr-manager hr:view ALL", "HR needs it", "zara", "4"),
                List.of("7", "2026-03-01T09:30:00.123456Z", "ada", "ROLE_GRANTED", "alice", "role sales-rep", "joins the East team", "", "3")),
                table.rows());
    }
}
