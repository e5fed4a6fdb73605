package dev.portico.access.domain;

import java.io.Serializable;

/** One line of the policy: holders of {@code role} may do {@code permission} within {@code scope}. */
public record PolicyRule(String role, Permission permission, DataScope scope) implements Serializable {
}
