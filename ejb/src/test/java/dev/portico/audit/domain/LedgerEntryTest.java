package dev.portico.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerEntryTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:00:00.123456Z");
    private static final String PREV = "ab".repeat(32);

    /** The entry every test starts from; one field changed per case. */
    private static LedgerEntry granted() {
        return LedgerEntry.next(7, PREV, AT, "ada", LedgerEvent.ROLE_GRANTED, "alice", "role sales-rep",
                "joins East team", null, 3);
    }

    @Test
    void canonicalFormAndHashAreTheStoredContract() {
        // Computed outside Java (Python's hashlib over the same text): a change to the format breaks every stored chain.
        String canonical = "16:portico-ledger/1,1:7,27:2026-11-24T10:00:00.123456Z,3:ada,12:ROLE_GRANTED,"
                + "5:alice,14:role sales-rep,15:joins East team,~,1:3,";
        LedgerEntry entry = granted();

        assertEquals(canonical, new String(LedgerDigest.canonical(entry.seq(), entry.occurredAt(), entry.actor(),
                entry.event().name(), entry.subject(), entry.detail(), entry.reason(), entry.approvedBy(),
                entry.policyVersion()), StandardCharsets.UTF_8));
        assertEquals("360436e0c852833dda7cde7944546286f9f695002647a6fe96e9351b302afee5", entry.hash());
    }

    @Test
    void sameInputGivesSameHash() {
        assertEquals(granted(), granted());
        assertEquals(granted().hash(), granted().hash());
        assertTrue(granted().hashMatches());
    }

    @Test
    void lengthsCountUtf8BytesNotCharacters() {
        byte[] canonical = LedgerDigest.canonical(1, AT, "ada", "POLICY_CHANGED", null,
                "customers:view TERRITORY→ALL", "wider view", null, 2);
        assertTrue(new String(canonical, StandardCharsets.UTF_8).contains(",30:customers:view TERRITORY→ALL,"));
    }

    static Stream<Arguments> oneFieldChanged() {
        return Stream.of(
                Arguments.of("seq", 8L),
                Arguments.of("occurredAt", AT.plusNanos(1000)),
                Arguments.of("actor", "adb"),
                Arguments.of("event", LedgerEvent.ROLE_REVOKED),
                Arguments.of("subject", "alicf"),
                Arguments.of("subject", null),
                Arguments.of("detail", "role sales-manager"),
                Arguments.of("reason", "joins East team."),
                Arguments.of("approvedBy", "frank"),
                Arguments.of("policyVersion", 4),
                Arguments.of("policyVersion", null),
                Arguments.of("prevHash", "ac" + PREV.substring(2)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("oneFieldChanged")
    void changingAnyFieldChangesTheHash(String field, Object value) {
        LedgerEntry original = granted();
        LedgerEntry changed = edited(original, field, value);

        assertNotEquals(original.hash(), changed.recomputeHash(), field);
        assertFalse(changed.hashMatches(), field + " changed but the old hash still matches");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        String abPlusC = LedgerDigest.hash(PREV, 1, AT, "ada", "ROLE_GRANTED", "ab", "c", "why", null, null);
        String aPlusBc = LedgerDigest.hash(PREV, 1, AT, "ada", "ROLE_GRANTED", "a", "bc", "why", null, null);
        assertNotEquals(abPlusC, aPlusBc);

        // A value that looks like an encoded field must not pass for two fields.
        String oneField = LedgerDigest.hash(PREV, 1, AT, "ada", "ROLE_GRANTED", "x,1:y", "z", "why", null, null);
        String twoFields = LedgerDigest.hash(PREV, 1, AT, "ada", "ROLE_GRANTED", "x", "y,1:z", "why", null, null);
        assertNotEquals(oneField, twoFields);
    }

    @Test
    void nullIsNotTheEmptyStringNorATilde() {
        String absent = LedgerDigest.hash(PREV, 1, AT, "ada", "ROLE_GRANTED", null, "d", "why", null, null);
        String empty = LedgerDigest.hash(PREV, 1, AT, "ada", "ROLE_GRANTED", "", "d", "why", null, null);
        String tilde = LedgerDigest.hash(PREV, 1, AT, "ada", "ROLE_GRANTED", "~", "d", "why", null, null);
        assertNotEquals(absent, empty);
        assertNotEquals(absent, tilde);
    }

    @Test
    void timeIsCutToMicrosecondsBeforeHashingAsTheColumnStoresIt() {
        LedgerEntry entry = LedgerEntry.next(1, LedgerEntry.GENESIS_HASH, AT.plusNanos(789), "ada",
                LedgerEvent.ROLE_GRANTED, "alice", "role sales-rep", "why", null, null);

        assertEquals(AT, entry.occurredAt());
        assertTrue(edited(entry, "occurredAt", AT).hashMatches(), "the row as read back from TIMESTAMP(6)");
    }

    @Test
    void textIsTidiedAndBlankOptionalsBecomeNull() {
        LedgerEntry entry = LedgerEntry.next(1, LedgerEntry.GENESIS_HASH, AT, " ada ", LedgerEvent.ROLE_GRANTED,
                " ", " role sales-rep ", " why ", "", null);

        assertEquals("ada", entry.actor());
        assertNull(entry.subject());
        assertEquals("role sales-rep", entry.detail());
        assertEquals("why", entry.reason());
        assertNull(entry.approvedBy());
    }

    @Test
    void whoWhatAndWhyAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> next(" ", LedgerEvent.ROLE_GRANTED, "d", "why"));
        assertThrows(IllegalArgumentException.class, () -> next("ada", null, "d", "why"));
        assertThrows(IllegalArgumentException.class, () -> next("ada", LedgerEvent.ROLE_GRANTED, null, "why"));
        assertThrows(IllegalArgumentException.class, () -> next("ada", LedgerEvent.ROLE_GRANTED, "d", " "));
    }

    @Test
    void overlongTextIsRefusedNotCut() {
        String reason = "x".repeat(LedgerEntry.MAX_REASON_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> next("ada", LedgerEvent.ROLE_GRANTED, "d", reason));
        // Characters, as MariaDB counts them: 1000 emoji are 2000 Java chars but fit the column.
        String emoji = "😀".repeat(LedgerEntry.MAX_REASON_LENGTH);
        assertEquals(emoji, next("ada", LedgerEvent.ROLE_GRANTED, "d", emoji).reason());
    }

    @Test
    void chainPositionMustBeValid() {
        assertThrows(IllegalArgumentException.class, () -> LedgerEntry.next(0, LedgerEntry.GENESIS_HASH, AT, "ada",
                LedgerEvent.ROLE_GRANTED, null, "d", "why", null, null));
        assertThrows(IllegalArgumentException.class, () -> LedgerEntry.next(1, "not a hash", AT, "ada",
                LedgerEvent.ROLE_GRANTED, null, "d", "why", null, null));
    }

    private static LedgerEntry next(String actor, LedgerEvent event, String detail, String reason) {
        return LedgerEntry.next(1, LedgerEntry.GENESIS_HASH, AT, actor, event, null, detail, reason, null, null);
    }

    /** A copy with one field set to another value but the original's hash, as an edited row would be. */
    private static LedgerEntry edited(LedgerEntry e, String field, Object value) {
        return new LedgerEntry(
                field.equals("seq") ? (Long) value : e.seq(),
                field.equals("occurredAt") ? (Instant) value : e.occurredAt(),
                field.equals("actor") ? (String) value : e.actor(),
                field.equals("event") ? (LedgerEvent) value : e.event(),
                field.equals("subject") ? (String) value : e.subject(),
                field.equals("detail") ? (String) value : e.detail(),
                field.equals("reason") ? (String) value : e.reason(),
                field.equals("approvedBy") ? (String) value : e.approvedBy(),
                field.equals("policyVersion") ? (Integer) value : e.policyVersion(),
                field.equals("prevHash") ? (String) value : e.prevHash(),
                e.hash());
    }
}
