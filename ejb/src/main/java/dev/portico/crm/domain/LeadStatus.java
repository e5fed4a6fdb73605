package dev.portico.crm.domain;

/** NEW → CONTACTED → QUALIFIED (became an account and opportunity, once) or DISQUALIFIED (with a reason). */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    DISQUALIFIED;

    public boolean open() {
        return this == NEW || this == CONTACTED;
    }
}
