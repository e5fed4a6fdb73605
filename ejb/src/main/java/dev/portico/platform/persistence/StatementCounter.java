package dev.portico.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread, so that a test can hold a page to a
 * fixed number of statements (no N+1) by reading {@link #current()} before and after a call made
 * on its own thread. Registered in persistence.xml; costs one increment per statement.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Statements this thread has sent so far: only differences between two readings mean anything. */
    public static long current() {
        return COUNT.get()[0];
    }
}
