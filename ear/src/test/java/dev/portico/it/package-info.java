/**
 * Integration tests against the real stack: the built EAR in a managed WildFly (Artemis
 * included), a real MariaDB and a real Keycloak, all started by {@code ./portal test-env up}
 * before the tests and stopped after them. In-container tests call the EJBs; client tests drive
 * the Keycloak login form over HTTP like a browser.
 */
package dev.portico.it;
