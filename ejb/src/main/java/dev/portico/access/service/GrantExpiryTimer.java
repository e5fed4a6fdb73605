package dev.portico.access.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Instant;
import java.util.Date;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Ends time-limited grants on time. One persistent single-action timer per grant: WildFly keeps
 * it across restarts, and fires an overdue one at start-up. It acts as the portal administrator
 * role under its own name, so the ledger shows who ended the grant.
 */
@Singleton
@PermitAll
@RunAs("portal-admin")
@RunAsPrincipal("portico-grant-expiry")
public class GrantExpiryTimer {

    @Resource
    private TimerService timers;

    @EJB
    private RoleGrants grants;

    /**
     * For the administrator who grants or approves a time-limited role. Not guarded: under
     * {@code @RunAs} the guard would see this bean's identity, not the caller's. It need not be:
     * {@link RoleGrants#expire} ends only a grant whose time is up, so a timer set by anyone else
     * changes nothing.
     */
    public void schedule(long grantId, Instant expiresAt) {
        timers.createSingleActionTimer(Date.from(expiresAt), new TimerConfig(grantId, true));
    }

    @Timeout
    void expire(Timer timer) {
        grants.expire((Long) timer.getInfo());
    }
}
