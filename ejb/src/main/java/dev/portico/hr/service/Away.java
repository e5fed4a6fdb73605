package dev.portico.hr.service;

import dev.portico.hr.domain.AbsenceType;
import java.io.Serializable;
import java.time.LocalDate;

/** Someone away: the type is what the team may know; the reason stays with HR. */
public record Away(String username, String displayName, AbsenceType type, LocalDate firstDay, LocalDate lastDay)
        implements Serializable {
}
