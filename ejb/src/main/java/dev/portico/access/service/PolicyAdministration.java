package dev.portico.access.service;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Changes to the access policy. A change never edits a version: it publishes the next one with
 * the full rule set, and the ledger records who, why and what changed, in the same transaction.
 * Users' access follows without a restart ({@link AccessPolicies} notices the new version).
 */
@Stateless
@PermitAll
public class PolicyAdministration {

    static final Permission VIEW = Permission.of("access-admin", Action.VIEW);
    static final Permission EDIT = Permission.of("access-admin", Action.EDIT);

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private Event<AccessChanged> announce;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** The policy in force, for the administration screen. */
    public Policy currentPolicy() {
        guard.require(VIEW);
        return policies.current();
    }

    public Policy addRule(@NotNull PolicyRule rule, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        guard.require(EDIT);   // before the policy is read: what it holds is for administrators only
        Set<PolicyRule> rules = new LinkedHashSet<>(policies.current().rules());
        if (!rules.add(rule)) {
            throw new PolicyChangeRejectedException("the policy already has " + describe(rule));
        }
        return publish(List.copyOf(rules), reason);
    }

    public Policy removeRule(@NotNull PolicyRule rule, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        guard.require(EDIT);
        List<PolicyRule> rules = new ArrayList<>(policies.current().rules());
        if (!rules.remove(rule)) {
            throw new PolicyChangeRejectedException("the policy has no " + describe(rule));
        }
        return publish(rules, reason);
    }

    /** Publishes {@code rules} as the next policy version. Two administrators publishing at once: one fails on the version key. */
    public Policy publish(@NotNull List<PolicyRule> rules, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String admin = guard.require(EDIT).caller().username();
        Policy previous = policies.current();
        int version = previous.version() + 1;
        em.createNativeQuery("INSERT INTO access_policy_version (version, created_by, reason) VALUES (?, ?, ?)")
                .setParameter(1, version)
                .setParameter(2, admin)
                .setParameter(3, reason)
                .executeUpdate();
        for (PolicyRule rule : new LinkedHashSet<>(rules)) {
            em.createNativeQuery("INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, version)
                    .setParameter(2, rule.role())
                    .setParameter(3, rule.permission().module())
                    .setParameter(4, rule.permission().action().name())
                    .setParameter(5, rule.scope().name())
                    .executeUpdate();
        }
        announce.fire(new AccessChanged(AccessChange.POLICY_CHANGED,
                null, changes(previous.rules(), rules, version), reason, null, version));
        policies.refreshAfterCommit();
        return new Policy(version, rules);
    }

    /** "v8: +hr-manager customers:view ALL; -…", cut to what the ledger keeps. */
    static String changes(List<PolicyRule> before, List<PolicyRule> after, int version) {
        List<String> parts = new ArrayList<>();
        after.stream().filter(r -> !before.contains(r)).forEach(r -> parts.add("+" + describe(r)));
        before.stream().filter(r -> !after.contains(r)).forEach(r -> parts.add("-" + describe(r)));
        String text = "v" + version + ": " + (parts.isEmpty() ? "no rule changed" : String.join("; ", parts));
        return text.length() <= AccessChanged.MAX_DETAIL_LENGTH ? text : text.substring(0, AccessChanged.MAX_DETAIL_LENGTH - 1) + "…";
    }

    private static String describe(PolicyRule rule) {
        return rule.role() + " " + rule.permission() + " " + rule.scope().name().toUpperCase(Locale.ROOT);
    }
}
