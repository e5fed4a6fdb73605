package dev.portico.access.service;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Segregation of duties as an invariant of the policy, not only of grants: which conflicts a new
 * policy would create that the policy in force does not have. Two kinds count: a role whose rules
 * alone give both sides of a pair (every future holder would be in conflict without any grant
 * being checked), and a user who would hold both sides through the roles they hold today.
 */
final class SodCheck {

    private SodCheck() {
    }

    static List<String> createdBy(Policy before, Policy after, List<SodPair> pairs, Collection<DirectoryUser> users) {
        List<String> created = new ArrayList<>();
        for (SodPair pair : pairs) {
            for (String role : after.roles()) {
                if (bothSides(after.effectiveFor(Set.of(role)), pair) && !bothSides(before.effectiveFor(Set.of(role)), pair)) {
                    created.add("role " + role + " would give both " + describe(pair));
                }
            }
            for (DirectoryUser user : users) {
                if (bothSides(after.effectiveFor(user.effectiveRoles()), pair) && !bothSides(before.effectiveFor(user.effectiveRoles()), pair)) {
                    created.add(user.username() + " would hold both " + describe(pair));
                }
            }
        }
        return created;
    }

    /** What removing {@code pair} would let stand: the roles and users who hold both sides of it under {@code policy}. */
    static List<String> allowedByRemoving(Policy policy, SodPair pair, Collection<DirectoryUser> users) {
        List<String> allowed = new ArrayList<>();
        allowed.add("no second check of " + describe(pair) + " for any future grant or policy");
        for (DirectoryUser user : users) {
            if (bothSides(policy.effectiveFor(user.effectiveRoles()), pair)) {
                allowed.add(user.username() + " holds both today");
            }
        }
        return allowed;
    }

    private static boolean bothSides(EffectiveAccess access, SodPair pair) {
        return access.allows(Permission.parse(pair.permissionA())) && access.allows(Permission.parse(pair.permissionB()));
    }

    private static String describe(SodPair pair) {
        return pair.permissionA() + " and " + pair.permissionB();
    }
}
