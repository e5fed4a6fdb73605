/**
 * How reconciliation runs: the job {@code crm-erp-reconciliation} (META-INF/batch-jobs) has one
 * batchlet step per check, each a few set-based SQL statements ({@link
 * dev.portico.integration.reconciliation.internal.ReconciliationChecks}) that write findings
 * straight from the database into {@code reconciliation_finding}, so no row passes through the
 * heap, at a million orders as at ten. Runs are booked by {@link
 * dev.portico.integration.reconciliation.internal.ReconciliationRuns}; the nightly timer and the
 * service both start the job through {@link dev.portico.integration.reconciliation.internal.ReconciliationLauncher}.
 */
package dev.portico.integration.reconciliation.internal;
