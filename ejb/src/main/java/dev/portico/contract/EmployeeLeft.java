package dev.portico.contract;

import java.time.LocalDate;

/**
 * HR recorded a leaver. The access context ends their access in the same transaction: Keycloak
 * account disabled, grants and open review items ended, all ledgered.
 */
public record EmployeeLeft(String username, String manager, LocalDate lastDay, String reason) {
}
