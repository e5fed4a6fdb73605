package dev.portico.hr.service;

import java.io.Serializable;
import java.time.LocalDate;

/** Joiners (start date in the month) and leavers (last day in the month) of one month. */
public record MonthFlow(LocalDate monthStart, long joiners, long leavers) implements Serializable {
}
