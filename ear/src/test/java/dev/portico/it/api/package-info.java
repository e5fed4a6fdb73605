/**
 * The REST API over HTTP with real Keycloak tokens: problems, paging, scopes, forged and expired
 * tokens.
 */
package dev.portico.it.api;
