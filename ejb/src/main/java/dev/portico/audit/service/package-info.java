/**
 * Audit use cases as other contexts and the web layer see them: appending to the grant ledger,
 * reading its history and verifying its chain. Implementations live in {@code internal}.
 */
package dev.portico.audit.service;
