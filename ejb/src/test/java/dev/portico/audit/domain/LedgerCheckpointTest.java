package dev.portico.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A checkpoint vouches for one head, under one key: change any part of it and it no longer does. */
class LedgerCheckpointTest {

    private static final byte[] KEY = "a key outside the database".getBytes(StandardCharsets.UTF_8);
    private static final String HASH = "ab".repeat(32);
    private static final Instant AT = Instant.parse("2026-12-02T10:15:30.123Z");

    @Test
    void aSignedCheckpointPassesAndSurvivesItsLine() {
        LedgerCheckpoint checkpoint = LedgerCheckpoint.sign(42, HASH, AT, KEY);
        assertTrue(checkpoint.signedWith(KEY));
        assertEquals(checkpoint, LedgerCheckpoint.parse(checkpoint.line()));
    }

    @Test
    void anotherKeyOrAnyChangedFieldFails() {
        LedgerCheckpoint checkpoint = LedgerCheckpoint.sign(42, HASH, AT, KEY);
        assertFalse(checkpoint.signedWith("another key".getBytes(StandardCharsets.UTF_8)));
        assertFalse(new LedgerCheckpoint(41, HASH, AT, checkpoint.mac()).signedWith(KEY), "an earlier head");
        assertFalse(new LedgerCheckpoint(42, "cd".repeat(32), AT, checkpoint.mac()).signedWith(KEY), "another entry at 42");
        assertFalse(new LedgerCheckpoint(42, HASH, AT.plusSeconds(1), checkpoint.mac()).signedWith(KEY), "another time");
    }

    @Test
    void aLineThatIsNoCheckpointIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LedgerCheckpoint.parse("42 " + HASH));
    }
}
