/**
 * ERP aggregates and their rules: an order's states and what may follow what, the credit check,
 * how a line is reserved from stock and what is short. Services orchestrate; the rules live here.
 */
package dev.portico.erp.domain;
