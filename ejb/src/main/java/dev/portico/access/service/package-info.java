/**
 * Access use cases: the policy and its administration, role grants, partner organisations, and
 * access reviews ({@code AccessReviews} for auditors, {@code ReviewDecisions} for reviewers),
 * which share the steps of a revocation with {@code RoleGrants}.
 */
package dev.portico.access.service;
