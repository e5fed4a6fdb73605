package dev.portico.audit.report;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the report's rows from a policy and the directory's users, nothing else: no container,
 * so every rule of the report is tested in plain JUnit.
 *
 * <p>A user's access is computed as the token would carry it: from their effective roles
 * (composites included) that the policy names. The roles shown for a permission are those of
 * them that grant it on their own; one that the user holds only through a composite role is
 * marked {@code (inherited)}, since an auditor will not find it among the user's assignments.
 */
final class AccessReportRows {

    static final String INHERITED = " (inherited)";

    /** By user, then module, then action in the order of {@code Action} (view, edit, approve, export). */
    static final Comparator<Candidate> ORDER = Comparator.<Candidate, String>comparing(c -> c.user().username())
            .thenComparing(c -> c.permission() == null ? "" : c.permission().module())
            .thenComparing(c -> c.permission() == null ? -1 : c.permission().action().ordinal());

    private AccessReportRows() {
    }

    static List<AccessReportRow> build(Policy policy, Collection<DirectoryUser> users, AccessReportFilter filter) {
        Map<String, EffectiveAccess> byRole = new HashMap<>();
        policy.roles().forEach(role -> byRole.put(role, policy.effectiveFor(Set.of(role))));
        List<Candidate> rows = new ArrayList<>();
        for (DirectoryUser user : users) {
            if (!filter.matchesUser(user)) {
                continue;
            }
            Set<String> held = user.effectiveRoles().stream().filter(byRole::containsKey).collect(Collectors.toSet());
            EffectiveAccess access = policy.effectiveFor(held);
            if (access.scopes().isEmpty()) {
                if (filter.matchesNoAccess(user.effectiveRoles())) {
                    rows.add(new Candidate(user, null, new TreeSet<>(user.roles()), Set.of()));
                }
                continue;
            }
            access.scopes().forEach((permission, scopes) -> {
                Set<String> granting = held.stream().filter(role -> byRole.get(role).allows(permission))
                        .collect(Collectors.toCollection(TreeSet::new));
                if (filter.matchesGrant(permission, granting)) {
                    rows.add(new Candidate(user, permission, granting, scopes));
                }
            });
        }
        return rows.stream().sorted(ORDER).map(c -> c.toRow(policy.version())).toList();
    }

    /** A row before it becomes text: sorted by its typed values, not by how they print. */
    record Candidate(DirectoryUser user, Permission permission, Set<String> roles, Set<DataScope> scopes) {

        AccessReportRow toRow(int policyVersion) {
            String roleNames = roles.stream()
                    .map(role -> permission == null || user.roles().contains(role) ? role : role + INHERITED)
                    .collect(Collectors.joining(", "));
            return new AccessReportRow(user.username(), user.displayName(),
                    String.join(", ", new TreeSet<>(user.organisations())), roleNames,
                    permission == null ? "" : permission.module(),
                    permission == null ? "" : permission.action().name(),
                    permission == null ? AccessReportRow.NO_ACCESS : scopes(scopes), policyVersion);
        }

        /** In the order of {@code DataScope}, widest first. */
        private static String scopes(Set<DataScope> scopes) {
            return scopes.stream().sorted().map(DataScope::name).collect(Collectors.joining(", "));
        }
    }
}
