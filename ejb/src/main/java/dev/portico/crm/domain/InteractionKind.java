package dev.portico.crm.domain;

/** How someone from the company was in touch with a customer. */
public enum InteractionKind {
    CALL,
    MAIL,
    VISIT,
    DEMO
}
