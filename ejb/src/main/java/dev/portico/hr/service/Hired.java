package dev.portico.hr.service;

/**
 * The outcome of a hire: the record, and the one-time password of the Keycloak account made for
 * it ({@code null} when the account existed already). Shown once to HR, never stored.
 */
public record Hired(EmployeeRecord employee, String temporaryPassword) {
}
