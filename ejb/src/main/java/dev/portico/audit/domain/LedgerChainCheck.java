package dev.portico.audit.domain;

import dev.portico.audit.domain.LedgerVerification.Defect;

/**
 * Checks stored entries one by one, in {@code seq} order, against the chain rules, so that the
 * caller can page through a ledger of any length and stop at the first defect. Each entry is
 * checked for its place (gap-free numbers), its own hash, then its link to the one before; at
 * the end the last entry must be the one the head names.
 */
public final class LedgerChainCheck {

    private final long headSeq;
    private final String headHash;
    private long expectedSeq = 1;
    private String previousHash = LedgerEntry.GENESIS_HASH;
    private long checked;
    private LedgerVerification failure;

    public LedgerChainCheck(LedgerHead head) {
        this.headSeq = head.getLastSeq();
        this.headHash = head.getLastHash();
    }

    /** @return {@code false} once a defect is found: later entries need not be read. */
    public boolean accept(LedgerRecord row) {
        if (failure != null) {
            return false;
        }
        long seq = row.getSeq();
        if (seq > expectedSeq) {
            return fail(expectedSeq, Defect.DELETED, seq == expectedSeq + 1
                    ? "entry " + expectedSeq + " is missing"
                    : "entries " + expectedSeq + " to " + (seq - 1) + " are missing");
        }
        if (seq < expectedSeq) {
            return fail(seq, Defect.EDITED, "entry " + seq + " is out of sequence (expected " + expectedSeq + ")");
        }
        if (!row.recomputeHash().equals(row.getHash())) {
            return fail(seq, Defect.EDITED, "entry " + seq + " does not match its hash: a field was changed");
        }
        if (!previousHash.equals(row.getPrevHash())) {
            return fail(seq, Defect.DELETED, "entry " + seq + " does not follow the hash of entry " + (seq - 1)
                    + ": an entry was removed or rewritten before it");
        }
        checked++;
        expectedSeq = seq + 1;
        previousHash = row.getHash();
        return true;
    }

    public LedgerVerification result() {
        if (failure != null) {
            return failure;
        }
        long lastSeq = expectedSeq - 1;
        if (lastSeq < headSeq) {
            return LedgerVerification.failed(checked, lastSeq + 1, Defect.TRUNCATED,
                    "the head records " + headSeq + " entries but the ledger ends at " + lastSeq);
        }
        if (lastSeq > headSeq) {
            return LedgerVerification.failed(checked, headSeq + 1, Defect.TRUNCATED,
                    "the head records " + headSeq + " entries but the ledger goes on to " + lastSeq);
        }
        if (!previousHash.equals(headHash)) {
            return LedgerVerification.failed(checked, headSeq, Defect.TRUNCATED,
                    "the head's hash is not the hash of entry " + headSeq);
        }
        return LedgerVerification.passed(checked, previousHash);
    }

    private boolean fail(long seq, Defect defect, String problem) {
        failure = LedgerVerification.failed(checked, seq, defect, problem);
        return false;
    }
}
