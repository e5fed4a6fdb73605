package dev.portico.access.service;

import java.io.Serializable;

/** Two permissions one person must not hold together. */
public record SodPair(String permissionA, String permissionB, String description) implements Serializable {
}
