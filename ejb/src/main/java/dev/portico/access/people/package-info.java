/**
 * "Our people": what a partner administrator sees and sends when managing the users of their own
 * organisation (the service is {@code access.service.PartnerPeople}), and the rules of which
 * roles they may hand out ({@link dev.portico.access.people.PartnerRoles}). Keycloak keeps the
 * users, roles and memberships; Portico decides who may change what and records every change
 * in the grant ledger. Keycloak's own organisation-scoped admin roles (its issue #31641) do not
 * exist yet, which is why this lives here and not in Keycloak's admin console.
 */
package dev.portico.access.people;
