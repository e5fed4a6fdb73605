/**
 * The identity provider as the access context uses it: a port ({@link
 * dev.portico.access.directory.IdentityDirectory}) for role grants, and its Keycloak adapter on
 * the official admin client. Portico never stores passwords; Keycloak stays the source of who
 * holds which role.
 */
package dev.portico.access.directory;
