/**
 * {@code /v1/tickets}: service tickets within the caller's {@code service} scope, cursor-paged;
 * opening one (optionally about an order), commenting, resolving.
 */
package dev.portico.api.tickets;
