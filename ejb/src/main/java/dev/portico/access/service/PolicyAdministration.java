package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
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
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes to the access policy. A change never edits a version: it publishes the next one with
 * the full rule set, and the ledger records who, why and what changed, in the same transaction.
 * Users' access follows without a restart ({@link AccessPolicies} notices the new version).
 *
 * <p>Segregation of duties binds the administrators too: a change that would create a conflict
 * ({@link SodCheck}: a role giving both sides of a pair, or a user who would come to hold both)
 * is held for a second administrator, as is removing a pair ({@link SegregationOfDuties#removePair});
 * the one who asked cannot approve it. So one administrator alone can neither loosen the pairs
 * nor write rules around them and then grant herself the roles.
 */
@Stateless
@PermitAll
public class PolicyAdministration {

    static final Permission VIEW = Permission.of("access-admin", Action.VIEW);
    static final Permission EDIT = Permission.of("access-admin", Action.EDIT);

    /** {@code held_policy_change.conflicts} (V15). */
    static final int HELD_CONFLICTS_LENGTH = 1000;

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private Event<AccessChanged> announce;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** The policy in force, for the administration screen. */
    public Policy currentPolicy() {
        guard.require(VIEW);
        return policies.current();
    }

    public PolicyChange addRule(@NotNull PolicyRule rule, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        guard.require(EDIT);   // before the policy is read: what it holds is for administrators only
        Set<PolicyRule> rules = new LinkedHashSet<>(policies.current().rules());
        if (!rules.add(rule)) {
            throw new PolicyChangeRejectedException("the policy already has " + describe(rule));
        }
        return publish(List.copyOf(rules), reason);
    }

    public PolicyChange removeRule(@NotNull PolicyRule rule, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        guard.require(EDIT);
        List<PolicyRule> rules = new ArrayList<>(policies.current().rules());
        if (!rules.remove(rule)) {
            throw new PolicyChangeRejectedException("the policy has no " + describe(rule));
        }
        return publish(rules, reason);
    }

    /**
     * Publishes {@code rules} as the next policy version, or holds them for a second administrator
     * if they would create a segregation-of-duties conflict. Two administrators publishing at once:
     * one fails on the version key.
     */
    public PolicyChange publish(@NotNull List<PolicyRule> rules, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String admin = guard.require(EDIT).caller().username();
        Policy previous = policies.current();
        List<String> conflicts = SodCheck.createdBy(previous, new Policy(previous.version() + 1, rules),
                SegregationOfDuties.loadPairs(em), directory.users());
        if (conflicts.isEmpty()) {
            return new PolicyChange(write(previous, rules, reason, admin, null), null, List.of());
        }
        em.createNativeQuery("INSERT INTO held_policy_change (kind, base_version, rules, summary, conflicts, reason, requested_by, status) "
                        + "VALUES ('POLICY', ?, ?, ?, ?, ?, ?, 'PENDING')")
                .setParameter(1, previous.version())
                .setParameter(2, serialise(rules))
                .setParameter(3, changes(previous.rules(), rules, previous.version() + 1))
                .setParameter(4, cut(String.join("; ", conflicts), HELD_CONFLICTS_LENGTH))
                .setParameter(5, reason)
                .setParameter(6, admin)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return new PolicyChange(previous, id, conflicts);
    }

    /** Policy changes and pair removals waiting for a second administrator, oldest first. */
    public List<HeldPolicyChange> heldChanges() {
        guard.require(VIEW);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, summary, conflicts, reason, requested_by, requested_at "
                + "FROM held_policy_change WHERE status = 'PENDING' ORDER BY requested_at, id").getResultList();
        return rows.stream().map(r -> new HeldPolicyChange(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Timestamp) r[6]).toInstant())).toList();
    }

    /**
     * A second administrator applies a held change; the one who asked cannot. A held policy
     * worked out against an older version than the one in force is refused: its check no longer
     * holds, and approving it would silently undo the change published since.
     */
    public Policy approve(long heldId, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String approver = guard.require(EDIT).caller().username();
        Object[] held = held(heldId);
        if (approver.equals(held[5])) {
            throw new PolicyChangeRejectedException("a change held for segregation of duties needs a second administrator's approval");
        }
        Policy current = policies.current();
        decide(heldId, "APPLIED", approver);
        if ("SOD_PAIR_REMOVAL".equals(held[0])) {
            SegregationOfDuties.deletePair(em, (String) held[2], (String) held[3]);
            announce.fire(new AccessChanged(AccessChange.POLICY_CHANGED, "segregation-of-duties",
                    "conflicting pair removed: " + held[2] + " + " + held[3] + "; requested by " + held[5],
                    reason, approver, current.version()));
            return current;
        }
        if (((Number) held[1]).intValue() != current.version()) {
            throw new PolicyChangeRejectedException("the policy changed since this change was asked for (v" + held[1]
                    + ", now v" + current.version() + "): ask for it again");
        }
        return write(current, parse((String) held[4]), reason + " (requested by " + held[5] + ")", approver, approver);
    }

    /** Turns a held change down; its requester may withdraw it the same way. */
    public void reject(long heldId, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String admin = guard.require(EDIT).caller().username();
        held(heldId);
        decide(heldId, "REJECTED", admin);
    }

    private Policy write(Policy previous, List<PolicyRule> rules, String reason, String admin, String approvedBy) {
        int version = previous.version() + 1;
        em.createNativeQuery("INSERT INTO access_policy_version (version, created_by, reason) VALUES (?, ?, ?)")
                .setParameter(1, version)
                .setParameter(2, approvedBy == null ? admin : approvedBy)
                .setParameter(3, cut(reason, AccessChanged.MAX_REASON_LENGTH))
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
                null, changes(previous.rules(), rules, version), cut(reason, AccessChanged.MAX_REASON_LENGTH), approvedBy, version));
        policies.refreshAfterCommit();
        return new Policy(version, rules);
    }

    /** kind, base_version, permission_a, permission_b, rules, requested_by of a PENDING change, locked. */
    private Object[] held(long heldId) {
        List<?> rows = em.createNativeQuery("SELECT kind, base_version, permission_a, permission_b, rules, requested_by "
                        + "FROM held_policy_change WHERE id = ? AND status = 'PENDING' FOR UPDATE")
                .setParameter(1, heldId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new PolicyChangeRejectedException("no held change " + heldId);
        }
        return (Object[]) rows.get(0);
    }

    private void decide(long heldId, String status, String admin) {
        em.createNativeQuery("UPDATE held_policy_change SET status = ?, decided_by = ?, decided_at = CURRENT_TIMESTAMP(6) WHERE id = ?")
                .setParameter(1, status)
                .setParameter(2, admin)
                .setParameter(3, heldId)
                .executeUpdate();
    }

    /** One rule per line, "role module:action SCOPE": what a held change keeps to publish later. */
    static String serialise(List<PolicyRule> rules) {
        return rules.stream().map(r -> r.role() + " " + r.permission() + " " + r.scope().name())
                .collect(Collectors.joining("\n"));
    }

    static List<PolicyRule> parse(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] part = l.split(" ");
            return new PolicyRule(part[0], Permission.parse(part[1]), DataScope.valueOf(part[2]));
        }).toList();
    }

    /** {@code text}, or its first {@code max - 1} characters and "…": what a column of {@code max} keeps. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** "v8: +hr-manager customers:view ALL; -…", cut to what the ledger keeps. */
    static String changes(List<PolicyRule> before, List<PolicyRule> after, int version) {
        List<String> parts = new ArrayList<>();
        after.stream().filter(r -> !before.contains(r)).forEach(r -> parts.add("+" + describe(r)));
        before.stream().filter(r -> !after.contains(r)).forEach(r -> parts.add("-" + describe(r)));
        String text = "v" + version + ": " + (parts.isEmpty() ? "no rule changed" : String.join("; ", parts));
        return cut(text, AccessChanged.MAX_DETAIL_LENGTH);
    }

    private static String describe(PolicyRule rule) {
        return rule.role() + " " + rule.permission() + " " + rule.scope().name().toUpperCase(Locale.ROOT);
    }
}
