package dev.portico.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.audit.domain.LedgerVerification.Defect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerChainCheckTest {

    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void emptyLedgerIsIntact() {
        LedgerVerification result = new LedgerChainCheck(new LedgerHead(0, LedgerEntry.GENESIS_HASH)).result();

        assertTrue(result.ok());
        assertEquals(0, result.entriesChecked());
    }

    @Test
    void appendedChainIsIntact() {
        Ledger ledger = Ledger.of(5);

        LedgerVerification result = ledger.check();

        assertTrue(result.ok(), result::problem);
        assertEquals(5, result.entriesChecked());
        assertEquals(ledger.head.getLastHash(), result.lastHash());
        assertNull(result.firstBadSeq());
    }

    @Test
    void headHandsOutConsecutiveNumbersEachLinkedToTheLast() {
        Ledger ledger = Ledger.of(3);

        assertEquals(List.of(1L, 2L, 3L), ledger.rows.stream().map(LedgerRecord::getSeq).toList());
        assertEquals(LedgerEntry.GENESIS_HASH, ledger.rows.get(0).getPrevHash());
        assertEquals(ledger.rows.get(0).getHash(), ledger.rows.get(1).getPrevHash());
        assertEquals(3, ledger.head.getLastSeq());
        assertEquals(ledger.rows.get(2).getHash(), ledger.head.getLastHash());
    }

    @Test
    void editedFieldIsReportedAtItsEntry() {
        Ledger ledger = Ledger.of(5);
        LedgerEntry third = ledger.rows.get(2).toEntry();
        ledger.rows.set(2, new LedgerRecord(third.seq(), third.occurredAt(), third.actor(), third.event().name(),
                third.subject(), third.detail(), "a better-sounding reason", third.approvedBy(),
                third.policyVersion(), third.prevHash(), third.hash()));

        assertFailure(ledger.check(), 3, Defect.EDITED, 2);
    }

    @Test
    void eventTamperedToAnUnknownNameIsReportedNotThrown() {
        Ledger ledger = Ledger.of(2);
        LedgerEntry first = ledger.rows.get(0).toEntry();
        ledger.rows.set(0, new LedgerRecord(first.seq(), first.occurredAt(), first.actor(), "NOTHING_HAPPENED",
                first.subject(), first.detail(), first.reason(), first.approvedBy(), first.policyVersion(),
                first.prevHash(), first.hash()));

        assertFailure(ledger.check(), 1, Defect.EDITED, 0);
    }

    @Test
    void deletedMiddleEntryIsReportedAsTheMissingNumber() {
        Ledger ledger = Ledger.of(5);
        ledger.rows.remove(2);

        assertFailure(ledger.check(), 3, Defect.DELETED, 2);
    }

    @Test
    void rewrittenEntryWithARecomputedHashBreaksTheNextLink() {
        Ledger ledger = Ledger.of(5);
        LedgerEntry third = ledger.rows.get(2).toEntry();
        LedgerEntry forged = LedgerEntry.next(3, third.prevHash(), third.occurredAt(), third.actor(), third.event(),
                third.subject(), third.detail(), "a better-sounding reason", third.approvedBy(), third.policyVersion());
        ledger.rows.set(2, LedgerRecord.of(forged));

        assertFailure(ledger.check(), 4, Defect.DELETED, 3);
    }

    @Test
    void deletedLastEntryIsReportedAsTruncated() {
        Ledger ledger = Ledger.of(5);
        ledger.rows.remove(4);

        assertFailure(ledger.check(), 5, Defect.TRUNCATED, 4);
    }

    @Test
    void entriesBeyondTheHeadAreReportedAsTruncated() {
        Ledger ledger = Ledger.of(5);
        LedgerHead movedBack = new LedgerHead(3, ledger.rows.get(2).getHash());

        assertFailure(ledger.checkAgainst(movedBack), 4, Defect.TRUNCATED, 5);
    }

    @Test
    void headWithAnotherHashIsReportedAsTruncated() {
        Ledger ledger = Ledger.of(2);

        assertFailure(ledger.checkAgainst(new LedgerHead(2, "f".repeat(64))), 2, Defect.TRUNCATED, 2);
    }

    @Test
    void checkStopsAtTheFirstDefect() {
        Ledger ledger = Ledger.of(3);
        ledger.rows.remove(1);
        LedgerChainCheck check = new LedgerChainCheck(ledger.head);

        assertTrue(check.accept(ledger.rows.get(0)));
        assertFalse(check.accept(ledger.rows.get(1)));
        assertFalse(check.accept(ledger.rows.get(1)));
    }

    private static void assertFailure(LedgerVerification result, long seq, Defect defect, long checked) {
        assertFalse(result.ok());
        assertEquals(seq, result.firstBadSeq(), result::problem);
        assertEquals(defect, result.defect(), result::problem);
        assertEquals(checked, result.entriesChecked());
        assertNull(result.lastHash());
    }

    /** A ledger as the service would have stored it: the rows and the head that appended them. */
    private static final class Ledger {

        final LedgerHead head = new LedgerHead(0, LedgerEntry.GENESIS_HASH);
        final List<LedgerRecord> rows = new ArrayList<>();

        static Ledger of(int entries) {
            Ledger ledger = new Ledger();
            for (int i = 0; i < entries; i++) {
                LedgerEntry entry = ledger.head.append(START.plusSeconds(i), "ada", LedgerEvent.ROLE_GRANTED,
                        "user" + i, "role sales-rep", "fixture " + i, i % 2 == 0 ? null : "frank", 1);
                ledger.rows.add(LedgerRecord.of(entry));
            }
            return ledger;
        }

        LedgerVerification check() {
            return checkAgainst(head);
        }

        LedgerVerification checkAgainst(LedgerHead someHead) {
            LedgerChainCheck check = new LedgerChainCheck(someHead);
            for (LedgerRecord row : rows) {
                if (!check.accept(row)) {
                    break;
                }
            }
            return check.result();
        }
    }
}
