package dev.portico.hr.domain;

/** In service, or gone (their record stays, with its history, for the retention period). */
public enum EmployeeStatus {
    ACTIVE,
    LEFT
}
