/**
 * The audit bounded context: what auditors rely on to prove who could reach what. For now the
 * grant ledger, an append-only, hash-chained record of every change to access; later the
 * access reports and review campaigns read from it. Other contexts write to it only through
 * {@link dev.portico.audit.service.GrantLedger#append}.
 */
package dev.portico.audit;
