package dev.portico.crm.service.internal;

import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;

/**
 * The pipeline's staff-only steps: the permission, and a caller who is not a partner. The policy
 * gives distributors {@code leads:edit} over their organisation to register deals; the inbox,
 * qualifying, opportunities and activities stay staff's whatever a policy change might grant.
 */
final class StaffSteps {

    private StaffSteps() {
    }

    static ScopeGrant require(AccessGuard guard, Permission permission) {
        ScopeGrant grant = guard.require(permission);
        if (!grant.caller().organisations().isEmpty()) {
            throw new AccessDeniedException(grant.caller().username(), permission);
        }
        return grant;
    }
}
