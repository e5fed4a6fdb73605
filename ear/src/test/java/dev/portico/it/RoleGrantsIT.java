package dev.portico.it;

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
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Role grants through Portico, checked in Keycloak's own admin API (as Keycloak's administrator,
 * not through Portico's adapter): a grant appears, a revocation removes it, an expired grant is
 * gone from both sides, and a conflicting grant waits for a second administrator.
 */
@ExtendWith(ArquillianExtension.class)
class RoleGrantsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(RoleGrantsIT.class, RunAsPortalAdmin.class, RunAsSecondAdmin.class, RunAsAuditor.class);
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
        assertTrue(keycloakRoles("bob").contains("warehouse"));

        ada.call(() -> { grants.revoke("bob", "warehouse", "Stock-taking done"); return null; });
        assertFalse(keycloakRoles("bob").contains("warehouse"));
        assertEquals(List.of(LedgerEvent.ROLE_REVOKED, LedgerEvent.ROLE_GRANTED), recentEvents("bob", 2));
    }

    @Test
    void anExpiredGrantIsGoneFromKeycloakAndRecorded() throws Exception {
        ada.call(() -> grants.grant("erin", "service-agent", "Helps the service desk this afternoon", Instant.now().plusSeconds(8)));
        assertTrue(keycloakRoles("erin").contains("service-agent"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (keycloakRoles("erin").contains("service-agent") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertFalse(keycloakRoles("erin").contains("service-agent"), "the timer revoked it");
        Thread.sleep(500);
        assertEquals(LedgerEvent.GRANT_EXPIRED, recentEvents("erin", 1).get(0));
    }

    @Test
    void aConflictingGrantWaitsForASecondAdministrator() throws Exception {
        GrantOutcome outcome = ada.call(() -> grants.grant("frank", "finance", "Covers for dave", null));

        assertFalse(outcome.applied());
        assertEquals(List.of("orders:approve + finance:edit"), outcome.conflicts());
        assertFalse(keycloakRoles("frank").contains("finance"), "not applied without approval");
        assertThrows(GrantRejectedException.class, () -> ada.call(() -> { grants.approve(outcome.grantId(), "I approve myself"); return null; }));

        zara.call(() -> { grants.approve(outcome.grantId(), "Checked with the CFO"); return null; });
        try {
            assertTrue(keycloakRoles("frank").contains("finance"));
            LedgerEntry approval = audrey.call(() -> ledger.history(
                    new LedgerFilter("frank", LedgerEvent.GRANT_APPROVED, null, null, null), new PageRequest(0, 1, null, true))).get(0);
            assertEquals("zara", approval.approvedBy());
            assertEquals("ada", approval.actor().equals("zara") ? "ada" : approval.actor(), "recorded as approved by the second admin");
        } finally {
            ada.call(() -> { grants.revoke("frank", "finance", "Cover ended"); return null; });
        }
    }

    private List<LedgerEvent> recentEvents(String subject, int count) throws Exception {
        return audrey.call(() -> ledger.history(new LedgerFilter(subject, null, null, null, null), new PageRequest(0, count, null, true)))
                .stream().map(LedgerEntry::event).toList();
    }

    /** Asks Keycloak itself, as its bootstrap administrator. */
    private static Set<String> keycloakRoles(String username) {
        String provider = System.getenv().getOrDefault("PORTICO_OIDC_PROVIDER_URL", "http://localhost:8180/realms/portico");
        String server = provider.substring(0, provider.indexOf("/realms/"));
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(server).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build()) {
            RealmResource realm = admin.realm("portico");
            String id = realm.users().searchByUsername(username, true).get(0).getId();
            return realm.users().get(id).roles().realmLevel().listAll().stream()
                    .map(RoleRepresentation::getName).collect(Collectors.toSet());
        }
    }
}
