/**
 * What the tests share: the deployments, HTTP and browser clients, personas (RunAs beans),
 * Keycloak and database helpers. Public, so every context's tests use the same ones.
 */
package dev.portico.it.support;
