package dev.portico.integration.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.contract.UnprocessableMessageException;
import dev.portico.erp.port.UnknownProductException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void aMessageThatCanNeverSucceedIsPoisonHoweverDeeplyWrapped() {
        assertEquals(FailureKind.POISON, FailureKind.of(new EJBException(new UnknownProductException("NO-SUCH", 4))));
        assertEquals(FailureKind.POISON, FailureKind.of(new UnprocessableMessageException("unreadable", new IllegalArgumentException())));
    }

    @Test
    void deadlocksLockWaitsLostConnectionsAndVersionConflictsAreTransient() {
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new EJBException(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new PersistenceException(
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new SQLNonTransientConnectionException("socket closed", "08000")));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new EJBException(new OptimisticLockException("changed meanwhile"))));
    }

    @Test
    void anythingElseIsUnexpected() {
        assertEquals(FailureKind.UNEXPECTED, FailureKind.of(new NullPointerException()));
        assertEquals(FailureKind.UNEXPECTED, FailureKind.of(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
    }

    @Test
    void poisonParksAtOnceUnexpectedAfterFiveAttemptsTransientNever() {
        assertTrue(FailureKind.POISON.parks(1));
        assertFalse(FailureKind.UNEXPECTED.parks(4));
        assertTrue(FailureKind.UNEXPECTED.parks(5));
        assertFalse(FailureKind.TRANSIENT.parks(1));
        assertFalse(FailureKind.TRANSIENT.parks(10_000));
    }
}
