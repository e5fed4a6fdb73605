package dev.portico.platform.persistence;

/**
 * The SQL statements this thread has sent through JPA so far, as {@link StatementCounter} counts
 * them. Kept apart from the listener so that readers (tests) need no EclipseLink classes. Only
 * the difference between two readings on one thread means anything: a test holds a page to a
 * fixed number of statements (no N+1) by reading it before and after a call on its own thread.
 */
public final class StatementCount {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private StatementCount() {
    }

    public static long current() {
        return COUNT.get()[0];
    }

    static void increment() {
        COUNT.get()[0]++;
    }
}
