package dev.portico.hr.service;

import dev.portico.hr.domain.AbsenceType;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * HR's changes ({@code hr:edit}; sensitive fields {@code hr-sensitive:edit}), each with a reason
 * and recorded field by field (who, when, old, new). Hires, moves and leaves are announced
 * through the contract; the access context ends a leaver's access in the same transaction.
 */
@Local
public interface HrAdministration {

    int MAX_REASON = 1000;

    /** Hires someone; makes their Keycloak account (role {@code employee}) unless it exists. */
    Hired hire(@NotNull @Valid NewEmployee employee, @NotBlank @Size(max = MAX_REASON) String reason);

    EmployeeRecord move(@NotBlank @Size(max = 100) String username, @NotNull @Valid Transfer transfer,
                        @NotBlank @Size(max = MAX_REASON) String reason);

    /** Records a leaver whose last day is {@code lastDay}; their access ends now. */
    EmployeeRecord leave(@NotBlank @Size(max = 100) String username, @NotNull LocalDate lastDay,
                         @NotBlank @Size(max = MAX_REASON) String reason);

    /** Records an absence; {@code detail} (optional) is the sensitive reason, kept apart. Returns its id. */
    long recordAbsence(@NotBlank @Size(max = 100) String username, @NotNull AbsenceType type, @NotNull LocalDate firstDay,
                       @NotNull LocalDate lastDay, @Size(max = 1000) String detail, @Size(max = 100) String approvedBy);

    /** Replaces the sensitive fields ({@code hr-sensitive:edit}); each changed field is in the history. */
    void changeSensitive(@NotBlank @Size(max = 100) String username, @NotNull @Valid SensitiveFields fields,
                         @NotBlank @Size(max = MAX_REASON) String reason);
}
