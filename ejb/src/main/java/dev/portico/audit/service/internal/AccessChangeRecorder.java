package dev.portico.audit.service.internal;

import dev.portico.access.event.AccessChanged;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Writes every change the access context announces into the grant ledger, in the transaction
 * that made it ({@link TransactionPhase#IN_PROGRESS}: a synchronous observer, called at the
 * {@code fire}), so the change and its entry commit or roll back together, and a failed append
 * fails the change. The actor is the caller the ledger sees, the one who made the change.
 */
@ApplicationScoped
public class AccessChangeRecorder {

    @Inject
    private GrantLedger ledger;

    void record(@Observes(during = TransactionPhase.IN_PROGRESS) AccessChanged change) {
        ledger.append(LedgerEvent.valueOf(change.change().name()), change.subject(), change.detail(), change.reason(),
                change.approvedBy(), change.policyVersion());
    }
}
