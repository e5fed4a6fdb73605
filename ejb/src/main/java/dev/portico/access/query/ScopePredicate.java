package dev.portico.access.query;

import dev.portico.access.domain.DataScope;
import dev.portico.access.service.Caller;
import dev.portico.access.service.ScopeGrant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL condition (with its parameters) that is true exactly for the records a grant reaches:
 * the OR of its scopes. {@link #jpql()} is {@code null} for ALL: no restriction at all.
 * Parameter names start with {@code scope} so they cannot clash with a query's own.
 */
public record ScopePredicate(String jpql, Map<String, Object> parameters) {

    private static final String NOTHING = "1 = 0";

    public static ScopePredicate of(ScopeGrant grant, ScopeColumns columns) {
        Caller caller = grant.caller();
        if (grant.scopes().contains(DataScope.ALL)) {
            return new ScopePredicate(null, Map.of());
        }
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (DataScope scope : grant.scopes()) {
            switch (scope) {
                case TERRITORY -> {
                    if (columns.territoryPath() != null && caller.territory() != null) {
                        alternatives.add(columns.territoryPath() + " = :scopeTerritory");
                        parameters.put("scopeTerritory", columns.territoryValue().apply(caller.territory()));
                    }
                }
                case TEAM -> {
                    if (columns.ownerPath() != null) {
                        alternatives.add(columns.ownerPath() + " IN :scopeTeam");
                        parameters.put("scopeTeam", List.copyOf(caller.team()));
                    }
                }
                case OWN -> {
                    if (columns.ownerPath() != null) {
                        alternatives.add(columns.ownerPath() + " = :scopeOwner");
                        parameters.put("scopeOwner", caller.username());
                    }
                }
                case ORGANISATION -> {
                    if (columns.organisationAliasPath() != null && !caller.organisations().isEmpty()) {
                        alternatives.add(columns.organisationAliasPath() + " IN :scopeOrganisations");
                        parameters.put("scopeOrganisations", caller.organisations());
                    }
                }
                case ALL, NONE -> {
                    // ALL returned above; NONE reaches nothing
                }
            }
        }
        String jpql = alternatives.isEmpty() ? NOTHING : "(" + String.join(" OR ", alternatives) + ")";
        return new ScopePredicate(jpql, Map.copyOf(parameters));
    }

    /**
     * The condition with its parameters written in, for people (the auditors' "why can this user
     * see this record?"); {@code ALL} when nothing is restricted. Never sent to the database.
     */
    public String readable() {
        if (jpql == null) {
            return "ALL (no restriction)";
        }
        String text = jpql;
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            Object value = parameter.getValue();
            String shown = value instanceof java.util.Collection<?> values
                    ? values.stream().map(v -> "'" + v + "'").sorted().collect(java.util.stream.Collectors.joining(", ", "(", ")"))
                    : "'" + value + "'";
            text = text.replace(":" + parameter.getKey(), shown);
        }
        return text;
    }
}
