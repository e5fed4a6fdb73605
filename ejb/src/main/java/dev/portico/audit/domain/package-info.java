/**
 * The grant ledger's rules: how an entry is numbered, serialised and hashed, how the head
 * moves, and how a stored chain is checked. Pure Java apart from the JPA mapping, so the rules
 * are tested without a server.
 */
package dev.portico.audit.domain;
