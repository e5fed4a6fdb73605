package dev.portico.crm.domain;

/** An activity is planned, then done (with its outcome) or cancelled; only a done one is contact. */
public enum ActivityStatus {
    PLANNED,
    DONE,
    CANCELLED
}
