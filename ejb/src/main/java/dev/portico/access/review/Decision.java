package dev.portico.access.review;

/** A reviewer's answer about one grant: keep it (ATTESTED) or take it away (REVOKED). */
public enum Decision {
    PENDING,
    ATTESTED,
    REVOKED
}
