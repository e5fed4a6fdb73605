package dev.portico.integration.monitor;

import dev.portico.contract.UnprocessableMessageException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * What kind of failure failed a delivery, which decides what happens to the message: a poison
 * message is parked at once, a transient failure is retried for as long as it takes, anything
 * else is parked after {@link #UNEXPECTED_ATTEMPTS} attempts.
 */
public enum FailureKind {

    /** The message can never succeed as it is ({@link UnprocessableMessageException}). */
    POISON,
    /** The database was busy or away: a deadlock, a lock wait timeout, a lost connection, a version conflict. */
    TRANSIENT,
    /** Anything else: most likely a bug, so a few attempts and then the dead-letter queue. */
    UNEXPECTED;

    /** Attempts an unexpected failure gets (1 + 2 + 4 + 8 s apart, portico.cli) before its message is parked. */
    public static final int UNEXPECTED_ATTEMPTS = 5;

    /** MariaDB's deadlock (1213) and lock wait timeout (1205), whatever exception type the driver wraps them in. */
    private static final Set<Integer> TRANSIENT_ERROR_CODES = Set.of(1205, 1213);

    /** Walks the whole cause chain: an EJB wraps a failure once or twice, EclipseLink once more. */
    public static FailureKind of(Throwable failure) {
        boolean transientSeen = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnprocessableMessageException) {
                return POISON;
            }
            transientSeen |= isTransient(cause);
        }
        return transientSeen ? TRANSIENT : UNEXPECTED;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                || cause instanceof LockTimeoutException || cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 40: transaction rollback (deadlock, serialization); 08: connection exception.
            return TRANSIENT_ERROR_CODES.contains(sql.getErrorCode()) || state != null && (state.startsWith("40") || state.startsWith("08"));
        }
        return false;
    }

    /** Whether a delivery failing this way at {@code attempt} (1 for the first) parks its message. */
    public boolean parks(int attempt) {
        return switch (this) {
            case POISON -> true;
            case TRANSIENT -> false;
            case UNEXPECTED -> attempt >= UNEXPECTED_ATTEMPTS;
        };
    }
}
