/**
 * The portals in a real browser session through the Keycloak login: sign-in and logout, pages of
 * every module, errors and refusals.
 */
package dev.portico.it.ui;
