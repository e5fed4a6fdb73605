/**
 * {@code /api/v1/partner/…}: the partner portal's resources for partners' own tooling — the
 * catalogue at the organisation's prices, its customers, orders (submit a cart, approve, reject),
 * invoices with their PDFs, the partner's standing and service tickets. The bodies are the
 * partner services' own types, made for the external audience; a cart has no price field, and a
 * price sent anyway is ignored. Another organisation's id answers 404, exactly like a missing one.
 */
package dev.portico.api.partner;
