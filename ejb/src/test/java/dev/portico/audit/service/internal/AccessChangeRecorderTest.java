package dev.portico.audit.service.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.portico.access.event.AccessChange;
import dev.portico.audit.domain.LedgerEvent;
import org.junit.jupiter.api.Test;

class AccessChangeRecorderTest {

    /** A change access may announce and the ledger could not name would fail its use case at the first such change. */
    @Test
    void everyAccessChangeHasItsLedgerEvent() {
        for (AccessChange change : AccessChange.values()) {
            assertDoesNotThrow(() -> LedgerEvent.valueOf(change.name()), change.name());
        }
    }
}
