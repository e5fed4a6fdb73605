package dev.portico.audit.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The tip of the ledger's chain: the number and hash of the last entry. It is the only place
 * that hands out the next number, and it must be read with a write lock
 * ({@code SELECT ... FOR UPDATE}) by whoever appends, so that two appends never take the same
 * number or hash onto the same predecessor.
 */
@Entity
@Table(name = "grant_ledger_head")
@Cacheable(false)
public class LedgerHead {

    /** The one row the migration seeds. */
    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected LedgerHead() {
    }

    LedgerHead(long lastSeq, String lastHash) {
        this.id = ID;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    /** The entry that follows the current tip; the head moves onto it. */
    public LedgerEntry append(Instant occurredAt, String actor, LedgerEvent event, String subject, String detail,
                              String reason, String approvedBy, Integer policyVersion) {
        LedgerEntry entry = LedgerEntry.next(lastSeq + 1, lastHash, occurredAt, actor, event, subject, detail,
                reason, approvedBy, policyVersion);
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return entry;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
