package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.PolicyRule;
import dev.portico.access.explain.AccessExplanation;
import dev.portico.access.explain.ExplanationStep;
import dev.portico.access.query.ScopePredicate;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessSubject;
import dev.portico.access.service.AccessSubjects;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.service.AccountAccessExplainer;
import dev.portico.crm.service.AccountSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains {@code customers:view} on one account — for a partner's user {@code partner:view},
 * through which they see their organisation's customers (partners hold no customers rule). Each rule's scope is checked against the
 * account's territory, owner and organisation and shown as the predicate the list query would
 * add; the verdict is the account service's own by-id query, run with the user's grant.
 */
@Stateless
@PermitAll
public class DefaultAccountAccessExplainer implements AccountAccessExplainer {

    static final Permission VIEW = Permission.of("customers", Action.VIEW);
    static final Permission PARTNER_VIEW = Permission.of("partner", Action.VIEW);
    private static final String RECORD_TYPE = "customer-account";

    @EJB
    private AccessSubjects subjects;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public AccessExplanation explain(String username, long accountId) {
        AccessSubject asStaff = subjects.subjectOf(username, VIEW);
        // A partner's user reaches accounts only as their organisation's customers, in the partner portal.
        boolean partner = !asStaff.caller().organisations().isEmpty();
        Permission permission = partner ? PARTNER_VIEW : VIEW;
        AccessSubject subject = partner ? subjects.subjectOf(username, PARTNER_VIEW) : asStaff;
        CustomerAccount account = em.find(CustomerAccount.class, accountId);
        Map<String, String> attributes = new LinkedHashMap<>();
        List<ExplanationStep> steps = subject.rules().stream().map(rule -> step(subject, rule, account)).toList();
        boolean allowed = false;
        String predicate = "1 = 0 (no grant)";
        if (subject.grant().isPresent()) {
            predicate = ScopePredicate.of(subject.grant().get(), CrmScopes.ACCOUNT_COLUMNS).readable();
            // The list's own query, without findInScope: an auditor asking is not the user trying.
            allowed = account != null && !scoped.of(subject.grant().get(), CrmScopes.ACCOUNT).and("a.id = :id", "id", accountId)
                    .select(DefaultCustomerAccounts.SELECT_ROWS, "", AccountSummary.class).getResultList().isEmpty();
        }
        if (account != null) {
            attributes.put("name", account.getName());
            attributes.put("territory", account.getTerritory() == null ? "" : account.getTerritory().name());
            attributes.put("owner", account.getOwnerUsername());
            attributes.put("organisation", alias(account));
        }
        return new AccessExplanation(username, subject.user().displayName(), subject.caller().roles(),
                subject.caller().territory(), subject.caller().team(), subject.caller().organisations(),
                subject.policyVersion(), permission.toString(), RECORD_TYPE, Long.toString(accountId), account != null,
                attributes, steps, predicate, allowed);
    }

    private static ExplanationStep step(AccessSubject subject, PolicyRule rule, CustomerAccount account) {
        ScopeGrant single = new ScopeGrant(subject.caller(), rule.permission(), Set.of(rule.scope()));
        String condition = ScopePredicate.of(single, CrmScopes.ACCOUNT_COLUMNS).readable();
        boolean reaches = account != null && single.covers(account.getTerritory() == null ? null : account.getTerritory().name(),
                account.getOwnerUsername(), alias(account));
        return new ExplanationStep(rule.role(), rule.permission().toString(), rule.scope(), condition, reaches);
    }

    private static String alias(CustomerAccount account) {
        return account.getPartnerOrganisation() == null ? null : account.getPartnerOrganisation().getAlias();
    }
}
