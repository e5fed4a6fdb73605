/**
 * Between the contexts: broker security, the integration monitor and replay, reconciliation, CSV
 * imports, the order flow end to end.
 */
package dev.portico.it.integration;
