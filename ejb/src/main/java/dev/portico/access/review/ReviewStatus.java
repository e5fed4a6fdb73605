package dev.portico.access.review;

/** OPEN while items wait; COMPLETED when the last one is decided; CLOSED when an auditor ended it early. */
public enum ReviewStatus {
    OPEN,
    COMPLETED,
    CLOSED
}
