package dev.portico.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.directory.UnknownIdentityException;
import dev.portico.access.domain.DataScope;
import dev.portico.access.explain.AccessExplanation;
import dev.portico.access.explain.ExplanationStep;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessLog;
import dev.portico.access.service.AccessLogEntry;
import dev.portico.access.service.DirectoryReader;
import dev.portico.access.service.GrantOutcome;
import dev.portico.access.service.GrantRejectedException;
import dev.portico.access.service.OrganisationMemberships;
import dev.portico.access.service.PolicyAdministration;
import dev.portico.access.service.PolicyChangeRejectedException;
import dev.portico.access.service.RoleGrants;
import dev.portico.access.service.SegregationOfDuties;
import dev.portico.access.service.SodViolation;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.AccountAccessExplainer;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakAdmin;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsSecondAdmin;
import dev.portico.it.support.RunAsServiceAgent;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What auditors and administrators read about access, against the real Keycloak and database:
 * "why can this user see this record?" agrees with what the service answers that user, the
 * access log holds out-of-scope attempts, segregation-of-duties conflicts that exist are
 * listed, and organisation membership changes reach Keycloak and the ledger.
 */
@ExtendWith(ArquillianExtension.class)
class AccessAuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(AccessAuditIT.class, KeycloakAdmin.class, RunAsAuditor.class, RunAsSalesRep.class,
                RunAsSalesManager.class, RunAsServiceAgent.class, RunAsPortalAdmin.class, RunAsSecondAdmin.class);
    }

    @EJB
    private AccountAccessExplainer explainer;
    @EJB
    private CustomerAccounts accounts;
    @EJB
    private AccessLog accessLog;
    @EJB
    private SegregationOfDuties duties;

    @EJB
    private PolicyAdministration administration;
    @EJB
    private RoleGrants grants;
    @EJB
    private OrganisationMemberships memberships;
    @EJB
    private DirectoryReader directory;
    @EJB
    private GrantLedger ledger;

    @EJB
    private RunAsAuditor audrey;
    @EJB
    private RunAsSalesRep alice;
    @EJB
    private RunAsSalesManager frank;
    @EJB
    private RunAsServiceAgent bob;
    @EJB
    private RunAsPortalAdmin ada;
    @EJB
    private RunAsSecondAdmin zara;

    /** frank and his reports in the demo's staff placements (db/demo/R__demo_data.sql). */
    private static final Set<String> FRANKS_TEAM = Set.of("frank", "alice", "bob");

    @Test
    void theExplanationAgreesWithWhatTheServiceAnswersForEveryAccount() throws Exception {
        List<AccountSummary> all = bob.call(() -> accounts.list(AccountFilter.ANY, new PageRequest(0, PageRequest.MAX_SIZE, null, false)));
        assertTrue(all.size() >= 10, "the demo accounts");
        int allowedForAlice = 0;
        for (AccountSummary account : all) {
            AccessExplanation forAlice = audrey.call(() -> explainer.explain("alice", account.id()));
            boolean aliceSees = alice.call(() -> accounts.find(account.id()).isPresent());
            // Both the explainer and the service use the one scoped query; the demo's own facts are
            // the independent answer: alice's territory is EAST, frank's team is frank, alice, bob.
            boolean aliceShould = account.territory() == Territory.EAST;
            assertEquals(aliceShould, aliceSees, "the service, alice on account " + account.id());
            assertEquals(aliceShould, forAlice.allowed(), "the explainer, alice on account " + account.id());
            allowedForAlice += forAlice.allowed() ? 1 : 0;
            AccessExplanation forFrank = audrey.call(() -> explainer.explain("frank", account.id()));
            boolean frankShould = FRANKS_TEAM.contains(account.ownerUsername());
            assertEquals(frankShould, frank.call(() -> accounts.find(account.id()).isPresent()), "the service, frank on " + account.id());
            assertEquals(frankShould, forFrank.allowed(), "the explainer, frank on " + account.id());
        }
        assertTrue(allowedForAlice > 0 && allowedForAlice < all.size(), "alice sees some accounts, not all");
    }

    @Test
    void theChainNamesRoleScopeAndPredicate() throws Exception {
        List<AccountSummary> all = bob.call(() -> accounts.list(AccountFilter.ANY, new PageRequest(0, PageRequest.MAX_SIZE, null, false)));
        AccountSummary northwind = all.stream().filter(a -> "Northwind Distribution".equals(a.partnerName())).findFirst().orElseThrow();
        AccountSummary southwind = all.stream().filter(a -> "Southwind Trading".equals(a.partnerName())).findFirst().orElseThrow();

        AccessExplanation own = audrey.call(() -> explainer.explain("dina", northwind.id()));
        assertTrue(own.allowed());
        ExplanationStep step = own.steps().stream().filter(st -> st.role().equals("distributor")).findFirst().orElseThrow();
        assertEquals("partner:view", step.permission(), "a partner reaches her customers through the partner module (policy V20)");
        assertEquals(DataScope.ORGANISATION, step.scope());
        assertTrue(step.reaches());
        assertEquals("(p.alias IN ('northwind'))", own.predicate(), "the predicate with dina's organisation");
        assertEquals("northwind", own.recordAttributes().get("organisation"));

        AccessExplanation other = audrey.call(() -> explainer.explain("dina", southwind.id()));
        assertFalse(other.allowed());
        assertTrue(other.steps().stream().noneMatch(ExplanationStep::reaches));
        assertTrue(other.summary().contains("no scope of theirs reaches"), other.summary());

        AccessExplanation none = audrey.call(() -> explainer.explain("carol", northwind.id()));
        assertFalse(none.allowed());
        assertTrue(none.steps().isEmpty(), "hr-manager has no customers:view rule");

        AccessExplanation missing = audrey.call(() -> explainer.explain("alice", 987_654_321L));
        assertFalse(missing.recordExists());
        assertFalse(missing.allowed());
    }

    @Test
    void onlyAuditorsMayAskAndOnlyAboutRealUsers() {
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> explainer.explain("bob", 1L)));
        assertThrows(AccessDeniedException.class, () -> ada.call(() -> explainer.explain("bob", 1L)));
        assertThrows(UnknownIdentityException.class, () -> audrey.call(() -> explainer.explain("nobody-here", 1L)));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> accessLog.entries(null, 10)));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> duties.violations()));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> directory.users()));
    }

    @Test
    void anOutOfScopeAttemptIsInTheAccessLog() throws Exception {
        List<AccountSummary> all = bob.call(() -> accounts.list(AccountFilter.ANY, new PageRequest(0, PageRequest.MAX_SIZE, null, false)));
        long hidden = -1;
        for (AccountSummary account : all) {
            if (alice.call(() -> accounts.find(account.id())).isEmpty()) {
                hidden = account.id();
                break;
            }
        }
        String recordId = Long.toString(hidden);
        List<AccessLogEntry> entries = audrey.call(() -> accessLog.entries("alice", 20));
        assertTrue(entries.stream().anyMatch(e -> e.recordId().equals(recordId) && e.outcome().equals("REFUSED")
                && e.permission().equals("customers:view") && e.recordType().equals("customer-account")), entries.toString());
        assertTrue(entries.stream().allMatch(e -> e.username().equals("alice")), "filtered by user");
    }

    @Test
    void aConflictOnceApprovedIsListedUntilRevoked() throws Exception {
        GrantOutcome held = ada.call(() -> grants.grant("dave", "sales-manager", "Covers the sales desk", null));
        assertFalse(held.applied());
        assertTrue(audrey.call(() -> duties.pendingGrants()).stream().anyMatch(g -> g.id() == held.grantId()), "listed while waiting");
        assertTrue(audrey.call(() -> duties.violations()).stream().noneMatch(v -> v.username().equals("dave")), "not a conflict yet");

        zara.call(() -> { grants.approve(held.grantId(), "Two weeks only, CFO agreed"); return null; });
        try {
            SodViolation violation = audrey.call(() -> duties.violations()).stream()
                    .filter(v -> v.username().equals("dave")).findFirst().orElseThrow();
            assertEquals("orders:approve", violation.permissionA());
            assertEquals("finance:edit", violation.permissionB());
            assertEquals(java.util.Set.of("sales-manager"), violation.rolesGrantingA());
            assertEquals(java.util.Set.of("finance"), violation.rolesGrantingB());
            assertTrue(ada.call(() -> duties.violations()).stream().anyMatch(v -> v.username().equals("dave")), "admins see it too");
        } finally {
            ada.call(() -> { grants.revoke("dave", "sales-manager", "Cover ended"); return null; });
        }
        assertTrue(audrey.call(() -> duties.violations()).stream().noneMatch(v -> v.username().equals("dave")));
    }

    @Test
    void organisationMembershipIsChangedInKeycloakAndRecorded() throws Exception {
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> {
            memberships.add("dan", "northwind", "I say so");
            return null;
        }));
        ada.call(() -> { memberships.add("dan", "northwind", "Joint venture with Northwind"); return null; });
        try {
            assertTrue(KeycloakAdmin.organisations("dan").contains("northwind"), "visible in Keycloak's own API");
            DirectoryUser dan = audrey.call(() -> directory.users()).stream().filter(u -> u.username().equals("dan")).findFirst().orElseThrow();
            assertEquals(java.util.Set.of("northwind", "southwind"), dan.organisations());
            assertThrows(GrantRejectedException.class, () -> ada.call(() -> {
                memberships.add("dan", "northwind", "again");
                return null;
            }));
        } finally {
            ada.call(() -> { memberships.remove("dan", "northwind", "Joint venture ended"); return null; });
        }
        assertFalse(KeycloakAdmin.organisations("dan").contains("northwind"));
        List<LedgerEntry> recent = audrey.call(() -> ledger.history(new LedgerFilter("dan", null, null, null, null),
                new PageRequest(0, 2, null, true)));
        assertEquals(List.of(LedgerEvent.MEMBERSHIP_REVOKED, LedgerEvent.MEMBERSHIP_GRANTED), recent.stream().map(LedgerEntry::event).toList());
        assertEquals("organisation northwind", recent.get(1).detail());
        assertThrows(dev.portico.access.directory.UnknownIdentityException.class,
                () -> ada.call(() -> { memberships.add("dan", "no-such-org", "typo"); return null; }));
    }

    @Test
    void conflictingPairsAreConfigurableByAdministratorsOnly() throws Exception {
        assertThrows(AccessDeniedException.class, () -> audrey.call(() -> {
            duties.addPair("hr:edit", "finance:edit", "Payroll", "auditors read, they do not configure");
            return null;
        }));
        assertThrows(PolicyChangeRejectedException.class, () -> ada.call(() -> {
            duties.addPair("finance:edit", "orders:approve", "the seeded pair, the other way round", "duplicate");
            return null;
        }));
        assertThrows(PolicyChangeRejectedException.class, () -> ada.call(() -> {
            duties.addPair("hr:delete", "finance:edit", "no such action", "typo");
            return null;
        }));

        ada.call(() -> { duties.addPair("hr:edit", "finance:edit", "Whoever keeps salaries must not pay them", "Payroll audit finding"); return null; });
        try {
            assertTrue(audrey.call(() -> duties.pairs()).stream().anyMatch(p -> p.permissionA().equals("hr:edit")));
            GrantOutcome held = ada.call(() -> grants.grant("carol", "finance", "Covers month-end", null));
            assertFalse(held.applied(), "the new pair holds the grant back");
            assertEquals(List.of("hr:edit + finance:edit"), held.conflicts());
            zara.call(() -> { grants.approve(held.grantId(), "Month-end only"); return null; });
            ada.call(() -> { grants.revoke("carol", "finance", "Month-end over"); return null; });
        } finally {
            // Removing a pair loosens every later check: it waits for a second administrator.
            long removal = ada.call(() -> duties.removePair("finance:edit", "hr:edit", "Finding closed"));
            assertTrue(audrey.call(() -> duties.pairs()).stream().anyMatch(p -> p.permissionA().equals("hr:edit")), "not yet removed");
            assertThrows(PolicyChangeRejectedException.class,
                    () -> ada.call(() -> administration.approve(removal, "I asked, I approve")));
            zara.call(() -> administration.approve(removal, "Finding closed, CFO agreed"));
        }
        assertTrue(audrey.call(() -> duties.pairs()).stream().noneMatch(p -> p.permissionA().equals("hr:edit")));
        LedgerEntry removed = audrey.call(() -> ledger.history(new LedgerFilter("segregation-of-duties", null, null, null, null),
                new PageRequest(0, 1, null, true))).get(0);
        assertEquals("conflicting pair removed: hr:edit + finance:edit; requested by ada", removed.detail());
        assertEquals("zara", removed.actor(), "the approver made the change");
        assertEquals("zara", removed.approvedBy());
        assertEquals(LedgerEvent.POLICY_CHANGED, removed.event());
    }
}
