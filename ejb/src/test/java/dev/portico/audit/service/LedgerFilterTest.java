package dev.portico.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.portico.audit.domain.LedgerEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LedgerFilterTest {

    @Test
    void daysAreWholeUtcDaysWithTheLastOneIncluded() {
        LedgerFilter filter = LedgerFilter.aboutSubject("alice")
                .withDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), filter.to(), "exclusive: the midnight after the last day");
        assertEquals("alice", filter.subject());
    }

    @Test
    void oneDayIsTwentyFourHoursAndAMissingDayLeavesThatSideOpen() {
        LedgerFilter day = LedgerFilter.ANY.withDays(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28));
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), day.to());

        LedgerFilter since = LedgerFilter.ANY.withDays(LocalDate.of(2026, 2, 28), null);
        assertNull(since.to());
        assertNull(LedgerFilter.ANY.withDays(null, LocalDate.of(2026, 2, 28)).from());
    }

    @Test
    void describesWhatWasChosenForAnExportCaption() {
        assertEquals("all entries", LedgerFilter.ANY.describe());
        assertEquals("to whom alice, role sales-rep, event ROLE_GRANTED, by ada, from 2026-03-01T00:00:00Z, before 2026-03-02T00:00:00Z",
                new LedgerFilter("alice", "sales-rep", LedgerEvent.ROLE_GRANTED, "ada", null, null)
                        .withDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).describe());
    }
}
