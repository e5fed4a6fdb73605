package dev.portico.access.domain;

public enum OrganisationKind {
    DISTRIBUTOR,
    SUPPLIER
}
