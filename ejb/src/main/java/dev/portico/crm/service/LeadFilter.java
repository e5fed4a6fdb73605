package dev.portico.crm.service;

import dev.portico.crm.domain.LeadStatus;
import dev.portico.crm.domain.Registration;
import java.io.Serializable;

/** The inbox's filter; null fields do not filter. {@code unassigned} shows only leads nobody owns yet. */
public record LeadFilter(LeadStatus status, Registration registration, String owner, boolean unassigned) implements Serializable {

    public static final LeadFilter OPEN_ANY = new LeadFilter(null, null, null, false);
}
