package dev.portico.shell.security;

import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.service.AccessPolicies;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The signed-in user's effective access, computed once per session and again only when the
 * policy version changes, so that an administrator's change reaches open sessions without a
 * restart or a new login.
 */
@SessionScoped
public class SessionAccess implements Serializable {

    @EJB
    private transient AccessPolicies policies;

    private EffectiveAccess access;

    public EffectiveAccess current() {
        int version = policies.current().version();
        if (access == null || access.policyVersion() != version) {
            access = policies.effectiveAccessOfCaller();
        }
        return access;
    }
}
