/**
 * The data scope as a query: one component that every scoped list and by-id read uses, so that
 * data outside a user's scope is never loaded, a record outside scope looks like one that does
 * not exist, and the attempt reaches the access log. A context declares a {@link
 * dev.portico.access.query.RecordScope} per kind of record and asks {@link
 * dev.portico.access.query.ScopedQueries} for a {@link dev.portico.access.query.ScopedQuery};
 * it never writes its own where/and/bind or refusal logging.
 */
package dev.portico.access.query;
