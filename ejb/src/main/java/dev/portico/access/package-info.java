/**
 * Who may reach what. Keycloak holds identities, job roles (realm roles) and partner
 * organisations; this context holds Portico's side of them: the role names the code checks
 * and the partner organisations that data is scoped to.
 */
package dev.portico.access;
