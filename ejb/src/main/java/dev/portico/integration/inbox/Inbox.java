package dev.portico.integration.inbox;

import jakarta.ejb.Stateless;
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
        // INSERT IGNORE rather than a read-then-write: two concurrent deliveries cannot both win.
        int inserted = em.createNativeQuery("INSERT IGNORE INTO integration_inbox "
                        + "(message_id, event_type, aggregate_id, occurred_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, messageId)
                .setParameter(2, eventType)
                .setParameter(3, aggregateId)
                .setParameter(4, Timestamp.from(occurredAt))
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
