/**
 * Reconciliation of the CRM and the ERP: a Jakarta Batch job compares the two sides and records
 * mapping gaps, status mismatches and balance differences per run, with a CSV report. Started
 * by someone holding {@code integration:edit} or by the nightly schedule; read with
 * {@code integration:view}.
 */
package dev.portico.integration.reconciliation;
