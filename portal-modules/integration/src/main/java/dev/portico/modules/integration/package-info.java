/**
 * The Integration module (internal portal, portal administrators): the monitor of the CRM↔ERP
 * message flows with their dead letters and audited replay, the reconciliation job's reports and
 * the CSV imports of accounts and products.
 */
package dev.portico.modules.integration;
