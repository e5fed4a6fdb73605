/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}), whether JAX-RS raised
 * them (exception mappers) or the container did before JAX-RS ran (no token: 401, unknown path:
 * 404 — through the error page {@code /problem}). Every response carries a correlation id, also
 * in the problem body, and the server log has the cause; a body never carries a stack trace.
 */
package dev.portico.api.problem;
