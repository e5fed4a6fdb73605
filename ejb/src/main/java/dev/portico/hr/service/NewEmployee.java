package dev.portico.hr.service;

import dev.portico.hr.domain.EmploymentType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A hire, as HR types it: the username becomes (or names) the Keycloak account. */
public record NewEmployee(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 200) String workEmail,
        @Size(max = 40) String workPhone,
        @NotBlank @Size(max = 20) String departmentCode,
        @NotBlank @Size(max = 100) String jobTitle,
        @Size(max = 100) String manager,
        @Size(max = 100) String location,
        @Pattern(regexp = "EAST|WEST|NORTH|SOUTH") String territory,
        @NotNull LocalDate startDate,
        @NotNull EmploymentType employmentType) {
}
