/**
 * Black-box tests of the hardening that docs/security.md promises, each made as an attacker
 * would try it against the running stack: a portal's secret against Keycloak's administration,
 * another application's token against the API, a cross-site sign-out, a replayed logout token.
 */
package dev.portico.it.security;
