package dev.portico.integration.monitor;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The monitor's SQL over the inbox, the failure log and the dead letters (V10). */
final class MonitorTables {

    /** A copy the consumer parked has failed attempts under the id of the delivery it came from (V13). */
    private static final String DEAD_LETTER_COLUMNS = "d.id, d.jms_message_id, d.flow, d.original_address, d.body, d.properties, "
            + "(SELECT COUNT(*) FROM integration_failure f WHERE f.jms_message_id = COALESCE(d.parked_from, d.jms_message_id)), "
            + "(SELECT f.reason FROM integration_failure f WHERE f.jms_message_id = COALESCE(d.parked_from, d.jms_message_id) "
            + "ORDER BY f.id DESC LIMIT 1), "
            + "d.first_seen_at, d.status, d.replayed_by, d.replayed_at, d.replay_reason, d.replay_message_id, d.replay_ledger_seq";

    private final EntityManager em;

    MonitorTables(EntityManager em) {
        this.em = em;
    }

    /** Counts from the inbox's (flow, consumed_at) index; lag as median and maximum over the last hour. */
    List<FlowStats> flows(Instant now) {
        Instant hourAgo = now.minus(1, ChronoUnit.HOURS);
        Map<String, long[]> lags = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT DISTINCT flow, "
                        + "MEDIAN(TIMESTAMPDIFF(MICROSECOND, sent_at, consumed_at)) OVER (PARTITION BY flow), "
                        + "MAX(TIMESTAMPDIFF(MICROSECOND, sent_at, consumed_at)) OVER (PARTITION BY flow) "
                        + "FROM integration_inbox WHERE consumed_at >= ? AND sent_at IS NOT NULL AND flow IS NOT NULL")
                .setParameter(1, Timestamp.from(hourAgo)).getResultList())) {
            lags.put((String) row[0], new long[] {((Number) row[1]).longValue() / 1000, ((Number) row[2]).longValue() / 1000});
        }
        List<FlowStats> flows = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT flow, COUNT(*), SUM(consumed_at >= ?), SUM(consumed_at >= ?), "
                        + "MAX(consumed_at) FROM integration_inbox WHERE flow IS NOT NULL GROUP BY flow")
                .setParameter(1, Timestamp.from(hourAgo))
                .setParameter(2, Timestamp.from(now.truncatedTo(ChronoUnit.DAYS))).getResultList())) {
            long[] lag = lags.get((String) row[0]);
            flows.add(new FlowStats((String) row[0], number(row[2]), number(row[3]), number(row[1]),
                    lag == null ? null : lag[0], lag == null ? null : lag[1], instant(row[4])));
        }
        flows.sort(Comparator.comparingLong(FlowStats::total).reversed());
        return flows;
    }

    List<DeliveryFailure> failures(int max) {
        return rows(em.createNativeQuery("SELECT jms_message_id, flow, destination, attempt, kind, parked_as IS NOT NULL, reason, "
                        + "failed_at FROM integration_failure ORDER BY id DESC LIMIT ?").setParameter(1, max).getResultList()).stream()
                .map(r -> new DeliveryFailure((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                        FailureKind.valueOf((String) r[4]), number(r[5]) == 1, (String) r[6], instant(r[7])))
                .toList();
    }

    /** Failed attempts by kind since {@code since}: poison and unexpected ones park, transient ones are retried. */
    Map<FailureKind, Long> failureCounts(Instant since) {
        Map<FailureKind, Long> counts = new java.util.EnumMap<>(FailureKind.class);
        for (FailureKind kind : FailureKind.values()) {
            counts.put(kind, 0L);
        }
        rows(em.createNativeQuery("SELECT kind, COUNT(*) FROM integration_failure WHERE failed_at >= ? GROUP BY kind")
                .setParameter(1, Timestamp.from(since)).getResultList())
                .forEach(r -> counts.put(FailureKind.valueOf((String) r[0]), number(r[1])));
        return counts;
    }

    /** A message seen in the DLQ; seen again, it changes nothing (the first sighting is kept). */
    void remember(String jmsMessageId, String parkedFrom, String originalAddress, String originalQueue, String flow, String body,
                  String properties, Instant sentAt) {
        em.createNativeQuery("INSERT IGNORE INTO dead_letter (jms_message_id, parked_from, original_address, original_queue, flow, "
                        + "body, properties, sent_at, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, jmsMessageId)
                .setParameter(2, parkedFrom)
                .setParameter(3, originalAddress)
                .setParameter(4, originalQueue)
                .setParameter(5, flow)
                .setParameter(6, body)
                .setParameter(7, properties)
                .setParameter(8, sentAt == null ? null : Timestamp.from(sentAt))
                .setParameter(9, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    List<DeadLetter> deadLetters() {
        return rows(em.createNativeQuery("SELECT " + DEAD_LETTER_COLUMNS + " FROM dead_letter d "
                + "ORDER BY d.status = 'PARKED' DESC, d.id DESC LIMIT 500").getResultList()).stream()
                .map(MonitorTables::deadLetter).toList();
    }

    /** Locked until the transaction ends: two administrators replaying at once cannot both pass. */
    Optional<DeadLetter> lock(long id) {
        return rows(em.createNativeQuery("SELECT " + DEAD_LETTER_COLUMNS + " FROM dead_letter d WHERE d.id = ? FOR UPDATE")
                .setParameter(1, id).getResultList()).stream().findFirst().map(MonitorTables::deadLetter);
    }

    Optional<DeadLetter> find(long id) {
        return rows(em.createNativeQuery("SELECT " + DEAD_LETTER_COLUMNS + " FROM dead_letter d WHERE d.id = ?")
                .setParameter(1, id).getResultList()).stream().findFirst().map(MonitorTables::deadLetter);
    }

    boolean markReplayed(long id, String by, Instant at, String reason, String replayMessageId, long ledgerSeq) {
        return em.createNativeQuery("UPDATE dead_letter SET status = 'REPLAYED', replayed_by = ?, replayed_at = ?, "
                        + "replay_reason = ?, replay_message_id = ?, replay_ledger_seq = ? WHERE id = ? AND status = 'PARKED'")
                .setParameter(1, by)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, reason)
                .setParameter(4, replayMessageId)
                .setParameter(5, ledgerSeq)
                .setParameter(6, id)
                .executeUpdate() == 1;
    }

    private static DeadLetter deadLetter(Object[] r) {
        return new DeadLetter(number(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                number(r[6]), (String) r[7], instant(r[8]), (String) r[9], (String) r[10], instant(r[11]), (String) r[12],
                (String) r[13], r[14] == null ? null : number(r[14]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }
}
