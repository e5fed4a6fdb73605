package dev.portico.hr.service;

import dev.portico.hr.domain.EmployeeStatus;
import dev.portico.hr.domain.EmploymentType;
import java.io.Serializable;
import java.time.LocalDate;

/** An employee as their manager and HR see them: the directory fields and employment, never a sensitive field. */
public record EmployeeRecord(String username, String displayName, String departmentCode, String department, String jobTitle,
                             String manager, String territory, String location, LocalDate startDate, LocalDate endDate,
                             EmploymentType employmentType, EmployeeStatus status) implements Serializable {
}
