package dev.portico.integration.monitor;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes why a delivery failed. REQUIRES_NEW: the delivery's own transaction is about to roll
 * back, and the reason must outlive it. Open to any caller: consumers run as whatever identity
 * the resource adapter gives them.
 */
@Stateless
@PermitAll
public class FailureLog {

    static final int MAX_REASON = 2000;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String jmsMessageId, String flow, String destination, int attempt, String reason) {
        em.createNativeQuery("INSERT INTO integration_failure (jms_message_id, flow, destination, attempt, reason, failed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, jmsMessageId)
                .setParameter(2, flow)
                .setParameter(3, destination)
                .setParameter(4, attempt)
                .setParameter(5, reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason)
                .setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** The innermost cause, which names the actual problem (an EJB wraps it once or twice). */
    public static String reasonOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
