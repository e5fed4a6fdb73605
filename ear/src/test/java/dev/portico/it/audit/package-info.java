/**
 * The grant ledger (hash chain, history, export), the effective-access report and the explainer,
 * the access log.
 */
package dev.portico.it.audit;
