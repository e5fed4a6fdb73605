/**
 * The server's root address. It signs the user in (through the internal portal's Keycloak
 * client) only to read their roles, sends them to the portal those roles allow, and keeps
 * no session of its own, so that single logout has nothing to chase here.
 */
package dev.portico.root;
