package dev.portico.access.service;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * "View as partner": the partner organisation a member of staff is looking at through its own
 * portal in this request, or none. Set per request by the partner pages of the internal portal
 * (from the staff member's session); {@link AccessGuard} then answers every check as for that
 * organisation (scope ORGANISATION) and refuses every action but VIEW, so nothing can be changed
 * in that mode, whatever a page offers.
 */
@RequestScoped
public class ActingFor implements Serializable {

    static final Permission PARTNER_VIEW = Permission.of("partner", Action.VIEW);

    private String organisation;

    /**
     * The guard's answer while viewing as {@code organisation}: only reads, only for those who
     * read every organisation's partner data (partner support), narrowed to that one
     * organisation as its own users see it. Any other permission, even one the staff member
     * holds outside this mode, is refused.
     */
    static ScopeGrant narrow(String organisation, String username, Set<String> roles, EffectiveAccess access, Permission permission) {
        if (permission.action() != Action.VIEW || !access.allows(permission)
                || !access.scopesOf(PARTNER_VIEW).contains(DataScope.ALL)) {
            throw new AccessDeniedException(username, permission);
        }
        return new ScopeGrant(new Caller(username, roles, null, Set.of(username), List.of(organisation)), permission,
                Set.of(DataScope.ORGANISATION));
    }

    public String organisation() {
        return organisation;
    }

    public void organisation(String alias) {
        this.organisation = alias;
    }
}
