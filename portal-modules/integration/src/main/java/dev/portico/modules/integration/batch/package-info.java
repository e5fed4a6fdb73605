/**
 * The integration module's batch pages: running the CRM/ERP reconciliation and reading its runs
 * and findings ({@code integration/reconciliation.xhtml}), and importing accounts or products
 * from CSV ({@code integration/imports.xhtml}). The services behind them check the permissions.
 */
package dev.portico.modules.integration.batch;
