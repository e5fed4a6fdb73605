/**
 * The audit bounded context: what auditors rely on to prove who could reach what. The grant
 * ledger, an append-only, hash-chained record of every change to access, and the effective
 * access report ({@code report}), who may do what now; review campaigns read from them. Other
 * contexts write to it only through {@link dev.portico.audit.service.GrantLedger#append}.
 */
package dev.portico.audit;
