/**
 * The data scope as a query predicate: one component that every scoped query uses, so that data
 * outside a user's scope is never loaded and a record outside scope looks like one that does
 * not exist.
 */
package dev.portico.access.query;
