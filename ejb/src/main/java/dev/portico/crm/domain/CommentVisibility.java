package dev.portico.crm.domain;

/**
 * Who may read a ticket comment. Staff write {@link #INTERNAL} notes (the default) or
 * {@link #PUBLIC} replies; a partner user's own comment is {@link #PARTNER}. A partner reads
 * PUBLIC and PARTNER comments only.
 */
public enum CommentVisibility {
    INTERNAL,
    PUBLIC,
    PARTNER;

    public boolean partnerMayRead() {
        return this != INTERNAL;
    }
}
