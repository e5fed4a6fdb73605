package dev.portico.audit.domain;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ledger's head as it stood after an append, signed with a key that lives outside the
 * database (HMAC-SHA256). Whoever holds the database credentials can rewrite the tail of the
 * chain and its head consistently, but cannot sign a head without the key; and a copy of the
 * last checkpoint kept elsewhere (the data folder's file, the server log, an auditor's export)
 * shows a ledger that ends earlier than it did, or that has another entry at the same number.
 *
 * @param mac hex HMAC-SHA256 of {@code "portico-ledger|seq|hash|at"}
 */
public record LedgerCheckpoint(long seq, String hash, Instant at, String mac) implements Serializable {

    public static LedgerCheckpoint sign(long seq, String hash, Instant at, byte[] key) {
        return new LedgerCheckpoint(seq, hash, at, mac(seq, hash, at, key));
    }

    /** Whether {@code key} made this signature: a forged or edited checkpoint does not pass. */
    public boolean signedWith(byte[] key) {
        return MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII), mac(seq, hash, at, key).getBytes(StandardCharsets.US_ASCII));
    }

    /** One line of the checkpoint file and of the server log: {@code seq hash at mac}. */
    public String line() {
        return seq + " " + hash + " " + at + " " + mac;
    }

    /** A line as {@link #line()} writes it; anything else is not a checkpoint. */
    public static LedgerCheckpoint parse(String line) {
        String[] part = line.strip().split(" ");
        if (part.length != 4) {
            throw new IllegalArgumentException("not a ledger checkpoint: " + line.length() + " characters");
        }
        return new LedgerCheckpoint(Long.parseLong(part[0]), part[1], Instant.parse(part[2]), part[3]);
    }

    private static String mac(long seq, String hash, Instant at, byte[] key) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(("portico-ledger|" + seq + "|" + hash + "|" + at).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
