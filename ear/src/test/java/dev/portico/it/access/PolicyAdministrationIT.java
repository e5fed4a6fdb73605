package dev.portico.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.PolicyAdministration;
import dev.portico.access.service.PolicyChange;
import dev.portico.access.service.PolicyChangeRejectedException;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsHrManager;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsSecondAdmin;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A policy change by the portal administrator: it takes effect for users at once, without a
 * restart or new login, and it is in the ledger with its reason and version. One that would
 * create a segregation-of-duties conflict waits for a second administrator.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyAdministrationIT {

    private static final PolicyRule HR_SEES_CUSTOMERS =
            new PolicyRule("hr-manager", Permission.of("customers", Action.VIEW), DataScope.ALL);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(PolicyAdministrationIT.class,
                RunAsPortalAdmin.class, RunAsHrManager.class, RunAsAuditor.class, RunAsSalesRep.class, RunAsSecondAdmin.class);
    }

    @EJB
    private PolicyAdministration administration;

    @EJB
    private CustomerAccounts accounts;

    @EJB
    private GrantLedger ledger;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private RunAsHrManager carol;

    @EJB
    private RunAsAuditor audrey;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsSecondAdmin zara;

    @Test
    void aGrantedPermissionWorksAtOnceAndARevokedOneStopsAtOnce() throws Exception {
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> accounts.count(AccountFilter.ANY)));
        String reason = "HR needs customer names for the staff survey " + UUID.randomUUID();

        Policy granted = ada.call(() -> administration.addRule(HR_SEES_CUSTOMERS, reason)).policy();
        try {
            assertTrue(carol.call(() -> accounts.count(AccountFilter.ANY)) > 0, "carol reaches customers without a new login");

            List<LedgerEntry> entries = audrey.call(() -> ledger.history(
                    new LedgerFilter(null, LedgerEvent.POLICY_CHANGED, "ada", null, null), new PageRequest(0, 5, null, true)));
            LedgerEntry entry = entries.get(0);
            assertEquals(reason, entry.reason());
            assertEquals(Integer.valueOf(granted.version()), entry.policyVersion());
            assertTrue(entry.detail().contains("+hr-manager customers:view ALL"), entry.detail());
        } finally {
            ada.call(() -> administration.removeRule(HR_SEES_CUSTOMERS, "Survey done"));
        }
        assertThrows(AccessDeniedException.class, () -> carol.call(() -> accounts.count(AccountFilter.ANY)));
        assertTrue(audrey.call(() -> ledger.verify()).ok(), "the ledger chain is intact");
    }

    /**
     * sales-manager approves orders; giving the role finance:edit too would put both sides of the
     * seeded pair in one role (and in frank's hands): ada alone cannot.
     */
    @Test
    void aRuleThatCreatesAConflictWaitsForASecondAdministrator() throws Exception {
        PolicyRule managersBook = new PolicyRule("sales-manager", Permission.of("finance", Action.EDIT), DataScope.ALL);
        int before = ada.call(() -> administration.currentPolicy()).version();

        PolicyChange held = ada.call(() -> administration.addRule(managersBook, "Managers book their own invoices"));

        assertFalse(held.applied());
        assertEquals(before, held.policy().version(), "nothing published");
        assertTrue(held.conflicts().contains("role sales-manager would give both orders:approve and finance:edit"), held.conflicts().toString());
        assertTrue(held.conflicts().contains("frank would hold both orders:approve and finance:edit"), held.conflicts().toString());
        assertFalse(ada.call(() -> administration.currentPolicy()).rules().contains(managersBook));
        assertThrows(PolicyChangeRejectedException.class, () -> ada.call(() -> administration.approve(held.heldId(), "mine")));

        Policy approved = zara.call(() -> administration.approve(held.heldId(), "Interim, CFO agreed"));
        try {
            assertEquals(before + 1, approved.version());
            assertTrue(approved.rules().contains(managersBook));
            LedgerEntry entry = audrey.call(() -> ledger.history(new LedgerFilter(null, LedgerEvent.POLICY_CHANGED, "zara", null, null),
                    new PageRequest(0, 1, null, true))).get(0);
            assertEquals("zara", entry.approvedBy());
            assertTrue(entry.reason().contains("requested by ada"), entry.reason());
            assertThrows(PolicyChangeRejectedException.class, () -> zara.call(() -> administration.approve(held.heldId(), "twice")));
        } finally {
            assertTrue(ada.call(() -> administration.removeRule(managersBook, "Interim over")).applied(), "removing a rule creates no conflict");
        }
    }

    @Test
    void aHeldChangeApprovedAfterAnotherWasPublishedIsRefusedAsStale() throws Exception {
        PolicyRule managersBook = new PolicyRule("sales-manager", Permission.of("finance", Action.EDIT), DataScope.TEAM);
        PolicyChange held = ada.call(() -> administration.addRule(managersBook, "Managers book"));
        assertFalse(held.applied());
        zara.call(() -> administration.addRule(HR_SEES_CUSTOMERS, "meanwhile"));
        try {
            PolicyChangeRejectedException stale = assertThrows(PolicyChangeRejectedException.class,
                    () -> zara.call(() -> administration.approve(held.heldId(), "late")));
            assertTrue(stale.getMessage().contains("ask for it again"), stale.getMessage());
            assertFalse(ada.call(() -> administration.currentPolicy()).rules().contains(managersBook));
        } finally {
            ada.call(() -> administration.removeRule(HR_SEES_CUSTOMERS, "meanwhile over"));
        }
    }

    @Test
    void onlyAPortalAdministratorMayChangeThePolicy() {
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> administration.addRule(HR_SEES_CUSTOMERS, "I say so")));
        assertThrows(AccessDeniedException.class, () -> administration.addRule(HR_SEES_CUSTOMERS, "anonymous"));
    }
}
