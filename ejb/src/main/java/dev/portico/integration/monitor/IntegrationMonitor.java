package dev.portico.integration.monitor;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the integration monitor shows and does. Reading needs {@code integration:view};
 * replaying a dead letter needs {@code integration:edit} and a reason.
 */
@Local
public interface IntegrationMonitor {

    int MAX_REASON = 1000;

    /** Counts and lag per flow, busiest first. */
    List<FlowStats> flows();

    /**
     * Messages waiting where integration operations may look: the DLQ. The broker lets only a
     * destination's consumer browse it, so the CRM/ERP queues are not counted here.
     */
    List<DestinationDepth> waiting();

    /** The newest failed attempts, newest first. */
    List<DeliveryFailure> recentFailures(int max);

    /**
     * Failed attempts since {@code since}, by kind: poison ones parked at once, transient ones
     * retried until they pass, unexpected ones parked after a few attempts.
     */
    Map<FailureKind, Long> failureCounts(Instant since);

    /**
     * Every dead letter, parked ones first: what the DLQ holds now (copied in on first sight)
     * and what was replayed from it.
     */
    List<DeadLetter> deadLetters();

    /** Whether the caller may replay (to show or hide the action). */
    boolean canReplay();

    /**
     * Takes the dead letter off the DLQ and sends it to its original destination in one
     * transaction, marks it replayed and appends {@code MESSAGE_REPLAYED} to the ledger.
     *
     * @throws ReplayRefusedException if it was replayed before or is no longer in the DLQ
     * @throws NoSuchDeadLetterException if there is no such dead letter
     */
    DeadLetter replay(long deadLetterId, @NotBlank @Size(max = MAX_REASON) String reason);
}
