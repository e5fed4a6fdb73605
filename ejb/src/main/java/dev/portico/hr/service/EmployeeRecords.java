package dev.portico.hr.service;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Employees' records under {@code hr:view}: a manager's team (TEAM: themselves and their reports)
 * or everyone (HR). Sensitive fields have their own permission and method, one person at a time,
 * and every read of them is written to the access log with the fields named.
 */
@Local
public interface EmployeeRecords {

    /** The records within scope, in service first, by name. */
    List<EmployeeRecord> team();

    /** One record within scope; outside scope is empty, like a missing one, and the attempt is logged. */
    Optional<EmployeeRecord> record(@NotBlank @Size(max = 100) String username);

    /** The sensitive fields ({@code hr-sensitive:view}); logged as viewed by the caller. */
    SensitiveFields sensitive(@NotBlank @Size(max = 100) String username);

    /** HR's change history of a record ({@code hr:edit}); changes of sensitive fields only with {@code hr-sensitive:view}. */
    List<HistoryEntry> history(@NotBlank @Size(max = 100) String username);
}
