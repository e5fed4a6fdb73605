/** Implementations of the audit use cases: small stateless beans that secure, transact and query. */
package dev.portico.audit.service.internal;
