package dev.portico.audit.domain;

/**
 * What kind of change a ledger entry records. The name is stored and hashed, so a constant
 * may be added but never renamed: renaming would make every stored entry of that kind fail
 * verification.
 */
public enum LedgerEvent {
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
    /** Integration operations put a dead letter back on its destination; detail names the message. */
    MESSAGE_REPLAYED,
    /**
     * A partner's order approver signed an order above the buyer's purchase limit (delegated
     * authority used); subject the buyer, detail the order, its total and the limit.
     */
    ORDER_APPROVED,
    /** A partner's order approver rejected an order above the buyer's purchase limit. */
    ORDER_REJECTED,
    /** A partner administrator created a user of their own organisation; detail names it and the roles. */
    PARTNER_USER_INVITED,
    /** A partner administrator disabled a user of their organisation: they can no longer sign in. */
    PARTNER_USER_DISABLED,
    PARTNER_USER_ENABLED,
    /** A partner administrator (or their re-certification) deleted a user of their organisation from Keycloak. */
    PARTNER_USER_REMOVED,
    /** A partner administrator set, changed or removed a buyer's purchase limit; detail old and new. */
    PURCHASE_LIMIT_SET,
    /** A sales manager approved a discount beyond the quote owner's limit; subject the owner, detail the quote and discount. */
    DISCOUNT_APPROVED,
    /** HR hired someone; subject the employee, detail their department, manager and territory. */
    EMPLOYEE_JOINED,
    /** HR moved someone (department, manager or territory); detail old and new. */
    EMPLOYEE_MOVED,
    /** HR recorded a leaver: Keycloak account disabled, grants and review items ended. */
    EMPLOYEE_LEFT
}
