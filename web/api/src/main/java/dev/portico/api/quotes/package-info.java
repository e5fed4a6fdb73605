/**
 * {@code /v1/quotes}: quotes within the caller's {@code orders} scope, cursor-paged; writing a
 * draft (lines priced from the ERP's list) and signing it into an order for the ERP.
 */
package dev.portico.api.quotes;
