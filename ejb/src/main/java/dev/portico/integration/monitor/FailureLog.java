package dev.portico.integration.monitor;

import dev.portico.contract.Destinations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes why a delivery failed and, when the failure parks its message, puts a copy of it into
 * the dead-letter queue. REQUIRES_NEW: the delivery's own transaction is about to roll back, and
 * the reason (and the parked copy) must outlive it. The original then comes back once more and
 * is taken off its queue unprocessed ({@link #isParked}): the broker itself parks only after its
 * own attempt limit, which transient failures must never reach. Open to any caller: consumers
 * run as whatever identity the resource adapter gives them.
 */
@Stateless
@PermitAll
public class FailureLog {

    static final int MAX_REASON = 2000;
    /** Property of a parked copy: the id of the delivery it was parked from. */
    public static final String PARKED_FROM = "porticoParkedFrom";
    /** Property of a parked copy: why it was parked (the failure's innermost reason). */
    public static final String PARK_REASON = "porticoParkReason";

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** Integration operations, the only identity allowed into the DLQ; XA, so copy and log row commit together. */
    @Inject
    @JMSConnectionFactory(Destinations.OPERATIONS_FACTORY)
    private JMSContext ops;

    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    private Queue deadLetterQueue;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Message message, int attempt, FailureKind kind, String reason) throws JMSException {
        insert(message, attempt, kind, reason, null);
    }

    /** Records the attempt and parks a copy of {@code message} in the DLQ, as the broker would, with the reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void park(Message message, int attempt, FailureKind kind, String reason) throws JMSException {
        Message copy = message instanceof TextMessage text ? ops.createTextMessage(text.getText()) : ops.createMessage();
        BrowsedQueue.copyApplicationProperties(message, copy);
        String destination = Flows.destinationName(message.getJMSDestination());
        copy.setStringProperty(BrowsedQueue.ORIGINAL_ADDRESS, (message.getJMSDestination() instanceof Topic ? "jms.topic." : "jms.queue.")
                + destination);
        copy.setStringProperty(BrowsedQueue.ORIGINAL_QUEUE, destination);
        copy.setStringProperty(PARKED_FROM, message.getJMSMessageID());
        copy.setStringProperty(PARK_REASON, truncate(reason));
        ops.createProducer().send(deadLetterQueue, copy);
        insert(message, attempt, kind, reason, copy.getJMSMessageID());
    }

    /** Whether an earlier attempt of this delivery parked it (its copy is in the DLQ). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isParked(String jmsMessageId) {
        return !em.createNativeQuery("SELECT 1 FROM integration_failure WHERE jms_message_id = ? AND parked_as IS NOT NULL")
                .setParameter(1, jmsMessageId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private void insert(Message message, int attempt, FailureKind kind, String reason, String parkedAs) throws JMSException {
        em.createNativeQuery("INSERT INTO integration_failure (jms_message_id, flow, destination, attempt, kind, reason, parked_as, "
                        + "failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, message.getJMSMessageID())
                .setParameter(2, Flows.of(message))
                .setParameter(3, Flows.destinationName(message.getJMSDestination()))
                .setParameter(4, attempt)
                .setParameter(5, kind.name())
                .setParameter(6, truncate(reason))
                .setParameter(7, parkedAs)
                .setParameter(8, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    private static String truncate(String reason) {
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
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
