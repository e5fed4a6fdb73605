/** Implementations of the CRM use cases: small stateless beans that secure, transact and query. */
package dev.portico.crm.service.internal;
