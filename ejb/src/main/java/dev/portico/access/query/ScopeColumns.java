package dev.portico.access.query;

import java.util.function.Function;

/**
 * Where a queried entity keeps what scopes test, as JPQL paths; {@code null} for what it does
 * not have (a scope over a missing column matches nothing). {@code territoryValue} turns the
 * caller's territory into the type the territory path holds (e.g. an enum).
 */
public record ScopeColumns(String territoryPath, Function<String, Object> territoryValue,
                           String ownerPath, String organisationAliasPath) {
}
