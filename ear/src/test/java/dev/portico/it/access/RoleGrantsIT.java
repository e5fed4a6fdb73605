package dev.portico.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.GrantOutcome;
import dev.portico.access.service.GrantRejectedException;
import dev.portico.access.service.RoleGrants;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakAdmin;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSecondAdmin;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Role grants through Portico, checked in Keycloak's own admin API (as Keycloak's administrator,
 * not through Portico's adapter): a grant appears, a revocation removes it, an expired grant is
 * gone from both sides, and a conflicting grant waits for a second administrator.
 */
@ExtendWith(ArquillianExtension.class)
class RoleGrantsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(RoleGrantsIT.class, RunAsPortalAdmin.class, RunAsSecondAdmin.class, RunAsAuditor.class,
                KeycloakAdmin.class);
    }

    @EJB
    private RoleGrants grants;

    @EJB
    private GrantLedger ledger;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private RunAsSecondAdmin zara;

    @EJB
    private RunAsAuditor audrey;

    @Test
    void grantAndRevokeShowInKeycloak() throws Exception {
        ada.call(() -> grants.grant("bob", "warehouse", "Covers stock-taking week", null));
        assertTrue(KeycloakAdmin.realmRoles("bob").contains("warehouse"));

        ada.call(() -> { grants.revoke("bob", "warehouse", "Stock-taking done"); return null; });
        assertFalse(KeycloakAdmin.realmRoles("bob").contains("warehouse"));
        assertEquals(List.of(LedgerEvent.ROLE_REVOKED, LedgerEvent.ROLE_GRANTED), recentEvents("bob", 2));
    }

    @Test
    void anExpiredGrantIsGoneFromKeycloakAndRecorded() throws Exception {
        GrantOutcome grant = ada.call(() -> grants.grant("erin", "service-agent", "Helps the service desk this afternoon",
                Instant.now().plusSeconds(8)));
        assertTrue(KeycloakAdmin.realmRoles("erin").contains("service-agent"));
        ada.call(() -> { grants.expire(grant.grantId()); return null; });
        assertTrue(KeycloakAdmin.realmRoles("erin").contains("service-agent"), "an early expiry (a stray timer) ends nothing");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (KeycloakAdmin.realmRoles("erin").contains("service-agent") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertFalse(KeycloakAdmin.realmRoles("erin").contains("service-agent"), "the timer revoked it");
        Thread.sleep(500);
        assertEquals(LedgerEvent.GRANT_EXPIRED, recentEvents("erin", 1).get(0));
    }

    @Test
    void nobodyGrantsARoleToThemselves() throws Exception {
        GrantRejectedException refused = assertThrows(GrantRejectedException.class,
                () -> ada.call(() -> grants.grant("ada", "finance", "I need it", null)));
        assertTrue(refused.getMessage().contains("nobody grants a role to themselves"), refused.getMessage());
        assertFalse(KeycloakAdmin.realmRoles("ada").contains("finance"), "Keycloak unchanged");
    }

    @Test
    void aConflictingGrantWaitsForASecondAdministrator() throws Exception {
        GrantOutcome outcome = ada.call(() -> grants.grant("frank", "finance", "Covers for dave", null));

        assertFalse(outcome.applied());
        assertEquals(List.of("orders:approve + finance:edit"), outcome.conflicts());
        assertFalse(KeycloakAdmin.realmRoles("frank").contains("finance"), "not applied without approval");
        assertThrows(GrantRejectedException.class, () -> ada.call(() -> { grants.approve(outcome.grantId(), "I approve myself"); return null; }));

        zara.call(() -> { grants.approve(outcome.grantId(), "Checked with the CFO"); return null; });
        try {
            assertTrue(KeycloakAdmin.realmRoles("frank").contains("finance"));
            LedgerEntry approval = audrey.call(() -> ledger.history(
                    new LedgerFilter("frank", LedgerEvent.GRANT_APPROVED, null, null, null), new PageRequest(0, 1, null, true))).get(0);
            assertEquals("zara", approval.approvedBy());
            assertEquals("zara", approval.actor(), "the approval is the second administrator's act, in her name");
        } finally {
            ada.call(() -> { grants.revoke("frank", "finance", "Cover ended"); return null; });
        }
    }

    private List<LedgerEvent> recentEvents(String subject, int count) throws Exception {
        return audrey.call(() -> ledger.history(new LedgerFilter(subject, null, null, null, null), new PageRequest(0, count, null, true)))
                .stream().map(LedgerEntry::event).toList();
    }
}
