package dev.portico.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsBuyer;
import dev.portico.it.support.RunAsDistributor;
import dev.portico.it.support.RunAsOrderApprover;
import dev.portico.it.support.RunAsPartnerAdmin;
import dev.portico.it.support.RunAsPartnerViewer;
import dev.portico.it.support.RunAsSupplierAdmin;
import dev.portico.it.support.RunAsFinance;
import dev.portico.it.support.RunAsHrManager;
import dev.portico.it.support.RunAsPartnerSupport;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsServiceAgent;
import dev.portico.it.support.RunAsSupplier;
import dev.portico.it.support.RunAsWarehouse;
import dev.portico.it.support.SeededPolicy;
import jakarta.ejb.EJB;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission matrix at the service layer: every job role × every module × every action,
 * asked of the guard every service method calls, as a caller holding just that role. Each
 * answer must be the seeded policy's: the scopes it grants, or a typed refusal.
 */
@ExtendWith(ArquillianExtension.class)
class ServicePermissionMatrixIT {

    /** A persona bean's {@code call}, whatever its class. */
    @FunctionalInterface
    interface Persona {
        <V> V call(Callable<V> work) throws Exception;
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(ServicePermissionMatrixIT.class, SeededPolicy.class,
                RunAsSalesRep.class, RunAsSalesManager.class, RunAsPartnerSupport.class, RunAsServiceAgent.class,
                RunAsHrManager.class, RunAsFinance.class, RunAsWarehouse.class, RunAsPortalAdmin.class, RunAsAuditor.class,
                RunAsDistributor.class, RunAsSupplier.class, RunAsBuyer.class, RunAsOrderApprover.class, RunAsPartnerViewer.class,
                RunAsPartnerAdmin.class, RunAsSupplierAdmin.class);
    }

    @EJB
    private AccessGuard guard;

    @EJB
    private RunAsSalesRep salesRep;
    @EJB
    private RunAsSalesManager salesManager;
    @EJB
    private RunAsPartnerSupport partnerSupport;
    @EJB
    private RunAsServiceAgent serviceAgent;
    @EJB
    private RunAsHrManager hrManager;
    @EJB
    private RunAsFinance finance;
    @EJB
    private RunAsWarehouse warehouse;
    @EJB
    private RunAsPortalAdmin portalAdmin;
    @EJB
    private RunAsAuditor auditor;
    @EJB
    private RunAsDistributor distributor;

    @EJB
    private RunAsBuyer buyer;

    @EJB
    private RunAsOrderApprover orderApprover;

    @EJB
    private RunAsPartnerViewer partnerViewer;

    @EJB
    private RunAsPartnerAdmin partnerAdmin;

    @EJB
    private RunAsSupplierAdmin supplierAdmin;
    @EJB
    private RunAsSupplier supplier;

    @Test
    void everyRoleGetsExactlyWhatTheSeededPolicyGrants() throws Exception {
        Map<String, Persona> roles = Map.ofEntries(
                Map.entry("sales-rep", salesRep::call), Map.entry("sales-manager", salesManager::call),
                Map.entry("partner-support", partnerSupport::call), Map.entry("service-agent", serviceAgent::call),
                Map.entry("hr-manager", hrManager::call), Map.entry("finance", finance::call),
                Map.entry("warehouse", warehouse::call), Map.entry("portal-admin", portalAdmin::call),
                Map.entry("auditor", auditor::call), Map.entry("distributor", distributor::call),
                Map.entry("supplier", supplier::call), Map.entry("buyer", buyer::call), Map.entry("order-approver", orderApprover::call),
                Map.entry("partner-viewer", partnerViewer::call), Map.entry("partner-admin", partnerAdmin::call),
                Map.entry("supplier-admin", supplierAdmin::call));
        assertEquals(SeededPolicy.BY_ROLE.keySet(), roles.keySet(), "a persona bean per seeded role");
        for (Map.Entry<String, Persona> role : roles.entrySet()) {
            Map<String, String> granted = new TreeMap<>();
            for (String module : SeededPolicy.MODULES) {
                for (String action : SeededPolicy.ACTIONS) {
                    Permission permission = Permission.parse(module + ":" + action);
                    String scopes = role.getValue().call(() -> {
                        try {
                            return guard.require(permission).scopes().stream().map(DataScope::name).sorted()
                                    .collect(Collectors.joining(", "));
                        } catch (AccessDeniedException refused) {
                            return null;
                        }
                    });
                    if (scopes != null) {
                        granted.put(permission.toString(), scopes);
                    }
                }
            }
            assertEquals(new TreeMap<>(SeededPolicy.BY_ROLE.get(role.getKey())), granted, "role " + role.getKey());
        }
    }

    @Test
    void anAnonymousCallerIsRefusedEverything() {
        for (String module : SeededPolicy.MODULES) {
            for (String action : SeededPolicy.ACTIONS) {
                Permission permission = Permission.parse(module + ":" + action);
                org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class, () -> guard.require(permission),
                        permission::toString);
            }
        }
    }
}
