package dev.portico.access.domain;

/** What a user may do in a module. */
public enum Action {
    VIEW,
    EDIT,
    APPROVE,
    EXPORT
}
