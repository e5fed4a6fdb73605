/**
 * The auditors' module: the effective access report (its entry view), the grant ledger with
 * filters and verification of its hash chain, both exported as CSV or PDF. Read-only: nothing
 * here changes access.
 */
package dev.portico.modules.audit;
