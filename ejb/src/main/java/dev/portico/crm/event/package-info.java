/**
 * Events of the CRM context: the messages it publishes to other contexts (ids and facts, never
 * a customer's personal data) and the in-process CDI events its pages observe, such as order alerts.
 */
package dev.portico.crm.event;
