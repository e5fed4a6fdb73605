package dev.portico.integration.inbox;

import jakarta.ejb.Stateless;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** Records applied messages; the first delivery wins, later ones are reported as duplicates. */
@Stateless
public class Inbox {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** @return {@code true} if this message is new and its effect should be applied. */
    public boolean accept(String messageId, String eventType, String aggregateId, Instant occurredAt) {
        return insert(messageId, eventType, aggregateId, occurredAt, null, null);
    }

    /**
     * As {@link #accept(String, String, String, Instant)}, and records for the integration monitor
     * which flow the message belongs to, when it was sent ({@code JMSTimestamp}) and applied.
     */
    public boolean accept(String messageId, String eventType, String aggregateId, Instant occurredAt, String flow,
                          Message delivery) {
        Instant sentAt;
        try {
            sentAt = delivery.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(delivery.getJMSTimestamp()) : null;
        } catch (JMSException unreadable) {
            sentAt = null;
        }
        return insert(messageId, eventType, aggregateId, occurredAt, flow, sentAt);
    }

    private boolean insert(String messageId, String eventType, String aggregateId, Instant occurredAt, String flow,
                           Instant sentAt) {
        // INSERT IGNORE rather than a read-then-write: two concurrent deliveries cannot both win.
        int inserted = em.createNativeQuery("INSERT IGNORE INTO integration_inbox "
                        + "(message_id, event_type, aggregate_id, occurred_at, flow, sent_at, consumed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, messageId)
                .setParameter(2, eventType)
                .setParameter(3, aggregateId)
                .setParameter(4, Timestamp.from(occurredAt))
                .setParameter(5, flow)
                .setParameter(6, sentAt == null ? null : Timestamp.from(sentAt))
                .setParameter(7, Timestamp.from(Instant.now()))
                .executeUpdate();
        return inserted == 1;
    }

    public long count(String eventType, String aggregateId) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM integration_inbox WHERE event_type = ? AND aggregate_id = ?")
                .setParameter(1, eventType)
                .setParameter(2, aggregateId)
                .getSingleResult()).longValue();
    }
}
