/**
 * The effective access report: for every user of the identity provider, what the current policy
 * lets them do, through which of their roles and within which scopes. It joins the two sources
 * of truth at the moment it is asked (Keycloak for who holds which role, the policy for what a
 * role grants) and keeps no copy of either; the screen and its CSV and PDF exports come from the
 * same rows.
 */
package dev.portico.audit.report;
