package dev.portico.audit.domain;

import dev.portico.access.event.AccessChanged;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the grant ledger: who ({@code actor}) did what ({@code event}, {@code detail})
 * to whom ({@code subject}), when, why, approved by whom, under which policy version; and its
 * place in the chain ({@code seq}, {@code prevHash}, {@code hash}).
 *
 * <p>The constructor takes values as they are, because entries read back from the table must
 * be represented even when they are wrong; only {@link #next} applies the rules, and only
 * {@code GrantLedger.verify} says whether a stored entry can be trusted.
 */
public record LedgerEntry(
        long seq,
        Instant occurredAt,
        String actor,
        LedgerEvent event,
        String subject,
        String detail,
        String reason,
        String approvedBy,
        Integer policyVersion,
        String prevHash,
        String hash) implements Serializable {

    /** The {@code prev_hash} of entry 1. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Column sizes of {@code grant_ledger}, counted in characters as MariaDB counts them. */
    public static final int MAX_NAME_LENGTH = AccessChanged.MAX_NAME_LENGTH;
    public static final int MAX_DETAIL_LENGTH = AccessChanged.MAX_DETAIL_LENGTH;
    public static final int MAX_REASON_LENGTH = AccessChanged.MAX_REASON_LENGTH;

    /**
     * The entry that follows {@code prevHash} as number {@code seq}, hashed. The time is cut to
     * microseconds before hashing because that is what {@code TIMESTAMP(6)} stores: a hash over
     * nanoseconds could never be recomputed from the row.
     */
    public static LedgerEntry next(long seq, String prevHash, Instant occurredAt, String actor, LedgerEvent event,
                                   String subject, String detail, String reason, String approvedBy,
                                   Integer policyVersion) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        if (prevHash == null || !prevHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("prevHash must be 64 lowercase hex digits");
        }
        if (occurredAt == null) {
            throw new IllegalArgumentException("occurredAt is required");
        }
        if (event == null) {
            throw new IllegalArgumentException("event is required");
        }
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        String who = required(actor, "actor", MAX_NAME_LENGTH);
        String whom = optional(subject, "subject", MAX_NAME_LENGTH);
        String what = required(detail, "detail", MAX_DETAIL_LENGTH);
        String why = required(reason, "reason", MAX_REASON_LENGTH);
        String approver = optional(approvedBy, "approvedBy", MAX_NAME_LENGTH);
        String hash = LedgerDigest.hash(prevHash, seq, at, who, event.name(), whom, what, why, approver, policyVersion);
        return new LedgerEntry(seq, at, who, event, whom, what, why, approver, policyVersion, prevHash, hash);
    }

    /** Whether {@link #hash} is what this entry's fields and {@link #prevHash} hash to. */
    public boolean hashMatches() {
        return recomputeHash().equals(hash);
    }

    String recomputeHash() {
        return LedgerDigest.hash(prevHash, seq, occurredAt, actor, event == null ? null : event.name(), subject,
                detail, reason, approvedBy, policyVersion);
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return fitting(value.strip(), field, maxLength);
    }

    private static String optional(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : fitting(value.strip(), field, maxLength);
    }

    // Refused rather than cut: a shortened reason would be stored as if it were the whole one.
    private static String fitting(String value, String field, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }
}
