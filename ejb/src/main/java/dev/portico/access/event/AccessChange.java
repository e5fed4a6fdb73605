package dev.portico.access.event;

/**
 * The kinds of change to access that the access context announces. The auditors' ledger records
 * each under the kind of the same name (a test holds the two lists together).
 */
public enum AccessChange {
    POLICY_CHANGED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    /** A time-limited grant reached its expiry and was revoked by the timer. */
    GRANT_EXPIRED,
    /** A second administrator approved a grant that segregation of duties held back. */
    GRANT_APPROVED,
    MEMBERSHIP_GRANTED,
    MEMBERSHIP_REVOKED,
    /** A reviewer in an access-review campaign confirmed that a grant may stay. */
    REVIEW_ATTESTED,
    /** An auditor started an access-review campaign; subject {@code review:<id>}. */
    REVIEW_STARTED,
    /** An access-review campaign ended: every item decided, or closed early by an auditor. */
    REVIEW_COMPLETED,
    /** A partner administrator created a user of their own organisation; detail names it and the roles. */
    PARTNER_USER_INVITED,
    /** A partner administrator disabled a user of their organisation: they can no longer sign in. */
    PARTNER_USER_DISABLED,
    PARTNER_USER_ENABLED,
    /** A partner administrator (or their re-certification) deleted a user of their organisation from Keycloak. */
    PARTNER_USER_REMOVED,
    /** HR hired someone; subject the employee, detail their department, manager and territory. */
    EMPLOYEE_JOINED,
    /** HR moved someone (department, manager or territory): their data scopes follow; detail old and new. */
    EMPLOYEE_MOVED,
    /** HR recorded a leaver: their Keycloak account is disabled, grants and review items ended. */
    EMPLOYEE_LEFT
}
