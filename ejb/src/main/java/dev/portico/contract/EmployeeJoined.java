package dev.portico.contract;

import java.time.LocalDate;

/**
 * HR hired someone (joiner). Fired inside HR's transaction; observers in other contexts act in
 * the same transaction, so the hire and its effects commit together or not at all.
 */
public record EmployeeJoined(String username, String department, String manager, String territory, LocalDate startDate,
                             String reason) {
}
