package dev.portico.access.domain;

/**
 * Which records a permission reaches: every record, the user's territory, their team's
 * (a manager and their reports), their own, their partner organisation's, or none.
 */
public enum DataScope {
    ALL,
    TERRITORY,
    TEAM,
    OWN,
    ORGANISATION,
    NONE
}
