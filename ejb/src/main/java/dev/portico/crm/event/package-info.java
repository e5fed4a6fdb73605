/**
 * Events the CRM context publishes. They are the contract other contexts rely on: they carry
 * ids and facts, never a customer's personal data.
 */
package dev.portico.crm.event;
