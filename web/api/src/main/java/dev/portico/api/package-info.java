/**
 * The REST API ({@code /api/v1}) for partners' and internal systems: JSON over the same EJB
 * services as the portals, so the same permissions and data scopes apply (a partner's token
 * sees its organisation's data; another organisation's id answers 404 like a missing one).
 * Bearer tokens of the {@code portico} realm; errors are RFC 9457 problem+json; the OpenAPI
 * document, generated at build time, is served at {@code /api/openapi}.
 */
package dev.portico.api;
