/**
 * Limits on what one API client may ask of the server: a per-user budget of writes, so that a
 * partner's runaway script cannot fill the CRM with quotes or tickets (sign-in attempts are
 * limited by Keycloak's brute-force detection, uploads by the portals' size limit).
 */
package dev.portico.api.limits;
