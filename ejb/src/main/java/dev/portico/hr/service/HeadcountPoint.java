package dev.portico.hr.service;

import java.io.Serializable;
import java.time.LocalDate;

/** How many people a department had at the end of a month (its assignments valid that day). */
public record HeadcountPoint(LocalDate monthEnd, String departmentCode, String department, long headcount)
        implements Serializable {
}
