package dev.portico.access.service;

import java.io.Serializable;
import java.util.Set;

/**
 * A user who holds both sides of a segregation-of-duties pair today, and the roles that give
 * them each side: what an auditor asks about and an administrator resolves.
 */
public record SodViolation(String username, String displayName, String permissionA, String permissionB,
                           Set<String> rolesGrantingA, Set<String> rolesGrantingB) implements Serializable {
}
