package dev.portico.access.query;

import dev.portico.access.service.ScopeGrant;
import java.util.Objects;

/**
 * How the data scopes reach one kind of record, declared once next to the service that reads it.
 * {@code recordType} names the record in the access log; {@code entity} (a JPQL entity name,
 * never user input) and {@code idPath} find one by id; {@code columns} say where the record keeps
 * what the scopes test. {@code idPath} is {@code alias.field}, with the alias the queries use.
 * {@code through}, when those attributes live on another row (an ERP order's customer), is an
 * {@code EXISTS} sub-query with {@code {scope}} where the scope condition goes: probed row by row
 * under a LIMIT, it keeps a deep keyset page as cheap as the first.
 */
public record RecordScope(String recordType, String entity, String idPath, ScopeColumns columns, String through) {

    public RecordScope {
        Objects.requireNonNull(recordType);
        Objects.requireNonNull(entity);
        Objects.requireNonNull(idPath);
        Objects.requireNonNull(columns);
        if (idPath.indexOf('.') < 1) {
            throw new IllegalArgumentException("an id path is alias.field: " + idPath);
        }
        if (through != null && !through.contains("{scope}")) {
            throw new IllegalArgumentException("a sub-query scope names {scope}: " + through);
        }
    }

    public static RecordScope of(String recordType, String entity, String idPath, ScopeColumns columns) {
        return new RecordScope(recordType, entity, idPath, columns, null);
    }

    /** The same record, its scope attributes tested inside {@code existsTemplate}. */
    public RecordScope through(String existsTemplate) {
        return new RecordScope(recordType, entity, idPath, columns, existsTemplate);
    }

    /** The scope condition for {@code grant} as it goes into this record's WHERE clause. */
    ScopePredicate predicate(ScopeGrant grant) {
        ScopePredicate scope = ScopePredicate.of(grant, columns);
        return scope.jpql() == null || through == null ? scope
                : new ScopePredicate(through.replace("{scope}", scope.jpql()), scope.parameters());
    }
}
