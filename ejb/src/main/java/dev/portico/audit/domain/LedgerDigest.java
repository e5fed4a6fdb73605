package dev.portico.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical form of a ledger entry and its hash, {@code SHA-256(prev_hash || canonical)} in
 * lowercase hex.
 *
 * <p>The canonical form is a stored contract: every hash in the table was computed from it, so
 * any change to it (field order, encoding, time format) makes every existing entry fail
 * verification. It starts with a version tag so that a future format can live next to this one.
 *
 * <p>Each field is a netstring, {@code <UTF-8 byte length>:<bytes>,}, so no choice of values
 * can make two different entries serialise alike ("ab"+"c" is {@code 2:ab,1:c,}, "a"+"bc" is
 * {@code 1:a,2:bc,}). A null is written as {@code ~,}, which no netstring starts with, so null
 * and the empty string differ too. Time is ISO-8601 UTC with exactly six fractional digits,
 * the precision MariaDB's {@code TIMESTAMP(6)} keeps.
 */
final class LedgerDigest {

    static final String FORMAT_TAG = "portico-ledger/1";

    private static final DateTimeFormatter MICROS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private LedgerDigest() {
    }

    /** Takes the event as stored text, not the enum, so that a row tampered to an unknown name is still hashed. */
    static String hash(String prevHash, long seq, Instant occurredAt, String actor, String event, String subject,
                       String detail, String reason, String approvedBy, Integer policyVersion) {
        MessageDigest sha256 = sha256();
        // A null prev_hash cannot come from this code; hashing it as empty lets verification report it instead of failing.
        sha256.update((prevHash == null ? "" : prevHash).getBytes(StandardCharsets.US_ASCII));
        sha256.update(canonical(seq, occurredAt, actor, event, subject, detail, reason, approvedBy, policyVersion));
        return HexFormat.of().formatHex(sha256.digest());
    }

    static byte[] canonical(long seq, Instant occurredAt, String actor, String event, String subject,
                            String detail, String reason, String approvedBy, Integer policyVersion) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT_TAG);
        field(out, Long.toString(seq));
        field(out, occurredAt == null ? null : MICROS_UTC.format(occurredAt));
        field(out, actor);
        field(out, event);
        field(out, subject);
        field(out, detail);
        field(out, reason);
        field(out, approvedBy);
        field(out, policyVersion == null ? null : policyVersion.toString());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(new byte[] {'~', ','});
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
        out.write(',');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
