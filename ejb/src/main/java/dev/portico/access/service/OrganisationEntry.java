package dev.portico.access.service;

import dev.portico.access.domain.OrganisationKind;
import java.io.Serializable;

/** A partner organisation as a list shows it. */
public record OrganisationEntry(String alias, String name, OrganisationKind kind) implements Serializable {
}
