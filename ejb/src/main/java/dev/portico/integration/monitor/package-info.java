/**
 * The integration monitor's side in the EJB module: counts and lag per message flow (from the
 * inbox), the reason of every failed delivery ({@link dev.portico.integration.monitor.RecordsFailures}
 * writes it in a transaction of its own, because the broker carries no reason into the DLQ),
 * the dead letters as the broker parked them, and their replay, which needs
 * {@code integration:edit}, a reason, and leaves an entry in the hash-chained ledger.
 */
package dev.portico.integration.monitor;
