/**
 * The CRM's use cases in the server: accounts, the 360° overview, quotes and their signature into
 * an order, tickets, the order timeline fed by ERP events.
 */
package dev.portico.it.crm;
