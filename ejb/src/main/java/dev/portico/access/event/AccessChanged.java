package dev.portico.access.event;

import java.util.Objects;

/**
 * A change to access that has just been made, announced as a CDI event inside the transaction
 * that made it. Observers run in that transaction ({@code TransactionPhase.IN_PROGRESS}, the
 * default): the grant ledger's entry commits or rolls back with the change. The actor is not
 * part of the event: whoever records it takes the authenticated caller, so no use case can
 * announce a change in someone else's name. Fire it as the last step of a use case (after any
 * call to Keycloak): recording it serialises on the ledger's head.
 *
 * @param subject the user the change is about, or {@code null} for a policy change
 * @param detail what changed, e.g. {@code "role sales-rep"}
 * @param approvedBy the second administrator who approved it, if one had to
 */
public record AccessChanged(AccessChange change, String subject, String detail, String reason, String approvedBy,
                            Integer policyVersion) {

    /** The longest a name (subject, approver), a detail and a reason may be: what the ledger keeps. */
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DETAIL_LENGTH = 500;
    public static final int MAX_REASON_LENGTH = 1000;

    public AccessChanged {
        Objects.requireNonNull(change);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(reason);
    }

    public static AccessChanged of(AccessChange change, String subject, String detail, String reason, Integer policyVersion) {
        return new AccessChanged(change, subject, detail, reason, null, policyVersion);
    }
}
