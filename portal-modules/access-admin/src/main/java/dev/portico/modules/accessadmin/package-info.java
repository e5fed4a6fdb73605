/**
 * Access administration (portal administrators): the access policy, changed one rule at a time
 * with a reason; each change publishes a new policy version and a ledger entry.
 */
package dev.portico.modules.accessadmin;
