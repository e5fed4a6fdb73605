/**
 * The ERP's use cases in the server: order intake (credit, stock, idempotency), the lock order
 * under contention, stock and purchasing.
 */
package dev.portico.it.erp;
