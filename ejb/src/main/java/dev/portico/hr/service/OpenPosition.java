package dev.portico.hr.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A position to fill, with the manager hiring for it. */
public record OpenPosition(long id, String department, String title, String hiringManager, LocalDate openedOn)
        implements Serializable {
}
