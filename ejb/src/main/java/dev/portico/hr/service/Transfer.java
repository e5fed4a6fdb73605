package dev.portico.hr.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where someone moves: the whole new placement (blank manager or territory = none). */
public record Transfer(
        @NotBlank @Size(max = 20) String departmentCode,
        @NotBlank @Size(max = 100) String jobTitle,
        @Size(max = 100) String manager,
        @Pattern(regexp = "EAST|WEST|NORTH|SOUTH") String territory,
        @Size(max = 100) String location) {
}
