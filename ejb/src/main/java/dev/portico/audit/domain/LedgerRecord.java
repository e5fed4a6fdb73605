package dev.portico.audit.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code grant_ledger} exactly as stored. The event stays text here so that a row
 * tampered to an unknown event name can still be read and hashed, and reported by
 * verification instead of breaking it. Every column is insert-only: JPA never updates a row.
 */
@Entity
@Table(name = "grant_ledger")
// Verification must see what is in the table now, never a copy cached before someone edited it.
@Cacheable(false)
public class LedgerRecord {

    @Id
    @Column(updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 32)
    private String event;

    @Column(updatable = false, length = 100)
    private String subject;

    @Column(nullable = false, updatable = false, length = 500)
    private String detail;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "approved_by", updatable = false, length = 100)
    private String approvedBy;

    @Column(name = "policy_version", updatable = false)
    private Integer policyVersion;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected LedgerRecord() {
    }

    LedgerRecord(long seq, Instant occurredAt, String actor, String event, String subject, String detail,
                 String reason, String approvedBy, Integer policyVersion, String prevHash, String hash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.event = event;
        this.subject = subject;
        this.detail = detail;
        this.reason = reason;
        this.approvedBy = approvedBy;
        this.policyVersion = policyVersion;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public static LedgerRecord of(LedgerEntry entry) {
        return new LedgerRecord(entry.seq(), entry.occurredAt(), entry.actor(), entry.event().name(),
                entry.subject(), entry.detail(), entry.reason(), entry.approvedBy(), entry.policyVersion(),
                entry.prevHash(), entry.hash());
    }

    /** @throws IllegalArgumentException if the stored event is not a {@link LedgerEvent}, which only tampering can cause */
    public LedgerEntry toEntry() {
        return new LedgerEntry(seq, occurredAt, actor, LedgerEvent.valueOf(event), subject, detail, reason,
                approvedBy, policyVersion, prevHash, hash);
    }

    /** The hash this row's stored fields and {@code prev_hash} should have. */
    String recomputeHash() {
        return LedgerDigest.hash(prevHash, seq, occurredAt, actor, event, subject, detail, reason, approvedBy,
                policyVersion);
    }

    public long getSeq() {
        return seq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
