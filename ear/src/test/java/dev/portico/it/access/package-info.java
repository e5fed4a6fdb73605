/**
 * The access model against the real server: data scopes, the permission matrix at the guard and
 * over every service method, policy administration, role grants through Keycloak, access reviews.
 */
package dev.portico.it.access;
