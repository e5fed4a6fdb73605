package dev.portico.erp.port;

/** What {@link OrderIntake#submit} did with a signed order. */
public enum IntakeOutcome {
    CONFIRMED,
    CONFIRMED_WITH_SHORTAGE,
    CREDIT_HOLD,
    /** The quote already had an order: a second message for it has no effect. */
    ALREADY_RECEIVED
}
