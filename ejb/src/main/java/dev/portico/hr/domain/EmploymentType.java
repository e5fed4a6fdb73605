package dev.portico.hr.domain;

/** How someone is employed. */
public enum EmploymentType {
    PERMANENT,
    FIXED_TERM,
    PART_TIME,
    CONTRACTOR
}
