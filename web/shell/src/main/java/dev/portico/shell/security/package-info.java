/**
 * Sign-in and sign-out around WildFly's OIDC client. Keycloak authenticates (configured by
 * {@code config/wildfly/portico.cli}); this package decides who may enter which portal and
 * module, shows who is signed in, and implements single logout, which WildFly 39's OIDC client
 * lacks: RP-initiated logout at {@code /logout}, and a back-channel endpoint at
 * {@code /oidc/backchannel-logout} that verifies Keycloak's logout token and ends the matching
 * sessions of this portal.
 */
package dev.portico.shell.security;
