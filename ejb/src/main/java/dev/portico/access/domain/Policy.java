package dev.portico.access.domain;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of the access policy. */
public record Policy(int version, List<PolicyRule> rules) implements Serializable {

    public Policy {
        rules = List.copyOf(rules);
    }

    /** The union of what each of {@code roles} grants; roles the policy does not name grant nothing. */
    public EffectiveAccess effectiveFor(Set<String> roles) {
        Map<Permission, Set<DataScope>> scopes = new HashMap<>();
        for (PolicyRule rule : rules) {
            if (roles.contains(rule.role())) {
                scopes.put(rule.permission(), EffectiveAccess.merge(scopes.getOrDefault(rule.permission(), Set.of()), rule.scope()));
            }
        }
        scopes.values().removeIf(Set::isEmpty);
        return new EffectiveAccess(version, scopes);
    }

    /** Every role the policy names: the roles worth asking the container about. */
    public Set<String> roles() {
        return rules.stream().map(PolicyRule::role).collect(Collectors.toUnmodifiableSet());
    }
}
