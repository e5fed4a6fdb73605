package dev.portico.access.explain;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a user can or cannot reach a record. {@code recordAttributes} are the record's values the
 * scopes test (territory, owner, organisation), {@code predicate} the whole scope condition of
 * the user's grant as the query applies it, {@code allowed} the answer of that query.
 */
public record AccessExplanation(String username, String displayName, Set<String> roles, String territory, Set<String> team,
                                List<String> organisations, int policyVersion, String permission, String recordType,
                                String recordId, boolean recordExists, Map<String, String> recordAttributes,
                                List<ExplanationStep> steps, String predicate, boolean allowed) implements Serializable {

    public AccessExplanation {
        roles = Set.copyOf(roles);
        team = Set.copyOf(team);
        organisations = List.copyOf(organisations);
        recordAttributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recordAttributes));
        steps = List.copyOf(steps);
    }

    /** One sentence for the top of the page. */
    public String summary() {
        if (!recordExists) {
            return "No " + recordType + " " + recordId + " exists.";
        }
        if (steps.isEmpty()) {
            return username + " holds no role that grants " + permission + " under policy version " + policyVersion + ".";
        }
        List<String> reaching = steps.stream().filter(ExplanationStep::reaches).map(s -> s.role() + " (" + s.scope() + ")").toList();
        return allowed
                ? username + " can reach " + recordType + " " + recordId + " through " + String.join(", ", reaching) + "."
                : username + " holds " + permission + " but no scope of theirs reaches " + recordType + " " + recordId + ".";
    }
}
