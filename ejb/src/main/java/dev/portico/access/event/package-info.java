/**
 * What the access context announces: {@link dev.portico.access.event.AccessChanged}, fired in the
 * transaction of every grant, revocation, policy change and review decision. The access context
 * does not know who listens; the audit context's ledger observes these events and records them
 * in the same transaction.
 */
package dev.portico.access.event;
