package dev.portico.hr.domain;

/** Why someone is away, as the team may know it; the detailed reason is a sensitive field. */
public enum AbsenceType {
    VACATION,
    SICK,
    PARENTAL,
    TRAINING,
    OTHER
}
