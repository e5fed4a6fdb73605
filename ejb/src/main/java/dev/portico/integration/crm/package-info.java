/**
 * The CRM's consumers of ERP messages: the order timeline and the balance view are built here,
 * from the events the ERP publishes, once per event whatever the broker redelivers.
 */
package dev.portico.integration.crm;
