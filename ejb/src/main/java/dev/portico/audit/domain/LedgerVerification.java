package dev.portico.audit.domain;

import java.io.Serializable;

/**
 * The outcome of checking the whole ledger. When {@code ok}, {@code lastHash} is the hash of
 * the last entry: an auditor who keeps it outside the database can later tell whether the
 * ledger was rewritten wholesale, which the chain alone cannot show. Otherwise
 * {@code firstBadSeq} is the first entry found wrong (or missing), {@code defect} what kind of
 * wrong, and {@code problem} says it in words.
 */
public record LedgerVerification(
        boolean ok,
        long entriesChecked,
        String lastHash,
        Long firstBadSeq,
        Defect defect,
        String problem) implements Serializable {

    public enum Defect {
        /** The stored hash is not what the entry's fields hash to: a field was changed. */
        EDITED,
        /** A number is missing, or an entry does not point to the hash of the one before it. */
        DELETED,
        /** The head disagrees with the last entry: entries were removed from (or added at) the end. */
        TRUNCATED,
        /**
         * The chain holds together but ends before the latest signed checkpoint kept outside the
         * database, or holds another entry at its number: the tail and the head were rewritten together.
         */
        ROLLED_BACK,
        /** The latest checkpoint is not signed with the ledger key: the file outside the database was edited. */
        CHECKPOINT_FORGED
    }

    static LedgerVerification passed(long entriesChecked, String lastHash) {
        return new LedgerVerification(true, entriesChecked, lastHash, null, null, null);
    }

    public static LedgerVerification failed(long entriesChecked, long seq, Defect defect, String problem) {
        return new LedgerVerification(false, entriesChecked, null, seq, defect, problem);
    }

    public static LedgerVerification headMissing() {
        return failed(0, 1, Defect.TRUNCATED, "the ledger head row is missing");
    }
}
