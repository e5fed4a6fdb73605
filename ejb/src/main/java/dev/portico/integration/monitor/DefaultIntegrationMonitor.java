package dev.portico.integration.monitor;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The monitor as integration operations: the broker user {@code integration-ops} is the only one
 * that may read and take dead letters (portico.cli). A replay is one XA transaction over the DLQ,
 * the original destination, {@code dead_letter} and the ledger: the letter leaves the DLQ exactly
 * when its copy is queued, marked and audited. The copy keeps the body, so the contract's
 * {@code messageId} with it, and the consumer's inbox applies it at most once.
 */
@Stateless
@PermitAll
@ValidateOnExecution
public class DefaultIntegrationMonitor implements IntegrationMonitor {

    static final Permission VIEW = Permission.of("integration", Action.VIEW);
    static final Permission EDIT = Permission.of("integration", Action.EDIT);
    /** Property of a replayed copy naming the dead letter it came from. */
    public static final String REPLAY_OF = "porticoReplayOf";
    private static final Pattern JMS_ID = Pattern.compile("ID:[A-Za-z0-9-]{1,96}");
    private static final long TAKE_WAIT_MILLIS = 2000;

    @EJB
    private AccessGuard guard;

    @EJB
    private GrantLedger ledger;

    @Inject
    @JMSConnectionFactory(Destinations.OPERATIONS_FACTORY)
    private JMSContext ops;

    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    private Queue deadLetterQueue;

    @Resource(lookup = Destinations.ORDER_INTAKE_QUEUE)
    private Queue orderIntake;

    @Resource(lookup = Destinations.ACCOUNT_EVENTS_QUEUE)
    private Queue accountEvents;

    @Resource(lookup = Destinations.ERP_EVENTS_TOPIC)
    private Topic erpEvents;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public List<FlowStats> flows() {
        guard.require(VIEW);
        return tables().flows(Instant.now());
    }

    @Override
    public List<DestinationDepth> waiting() {
        guard.require(VIEW);
        // Browsing needs the right to consume, which operations hold for the DLQ only.
        return List.of(new DestinationDepth("DLQ", BrowsedQueue.count(ops, deadLetterQueue)));
    }

    @Override
    public List<DeliveryFailure> recentFailures(int max) {
        guard.require(VIEW);
        return tables().failures(Math.max(1, Math.min(max, 500)));
    }

    @Override
    public Map<FailureKind, Long> failureCounts(Instant since) {
        guard.require(VIEW);
        return tables().failureCounts(since);
    }

    @Override
    public List<DeadLetter> deadLetters() {
        guard.require(VIEW);
        MonitorTables tables = tables();
        BrowsedQueue.forEach(ops, deadLetterQueue, parked -> tables.remember(parked.getJMSMessageID(),
                parked.getStringProperty(FailureLog.PARKED_FROM), parked.getStringProperty(BrowsedQueue.ORIGINAL_ADDRESS),
                BrowsedQueue.originalQueue(parked),
                Flows.of(parked.getStringProperty(BrowsedQueue.ORIGINAL_ADDRESS), parked.getStringProperty(ErpEvent.TYPE_PROPERTY)),
                parked instanceof TextMessage text ? text.getText() : null, BrowsedQueue.propertiesOf(parked),
                parked.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(parked.getJMSTimestamp()) : null));
        return tables.deadLetters();
    }

    @Override
    public boolean canReplay() {
        return guard.ifHeld(EDIT).isPresent();
    }

    @Override
    public DeadLetter replay(long deadLetterId, String reason) {
        String actor = guard.require(EDIT).caller().username();
        MonitorTables tables = tables();
        DeadLetter letter = tables.lock(deadLetterId).orElseThrow(() -> new NoSuchDeadLetterException(deadLetterId));
        if (!letter.isParked()) {
            throw new ReplayRefusedException("Dead letter " + deadLetterId + " was already replayed by " + letter.replayedBy()
                    + " at " + letter.replayedAt());
        }
        Destination target = target(letter);
        if (!JMS_ID.matcher(letter.jmsMessageId()).matches()) {
            throw new ReplayRefusedException("Dead letter " + deadLetterId + " has an unexpected message id");
        }
        String replayId;
        try (JMSConsumer consumer = ops.createConsumer(deadLetterQueue, "JMSMessageID = '" + letter.jmsMessageId() + "'")) {
            Message parked = consumer.receive(TAKE_WAIT_MILLIS);
            if (!(parked instanceof TextMessage text)) {
                throw new ReplayRefusedException("Dead letter " + deadLetterId + " is no longer in the DLQ");
            }
            TextMessage copy = ops.createTextMessage(text.getText());
            BrowsedQueue.copyApplicationProperties(parked, copy);
            copy.setStringProperty(REPLAY_OF, letter.jmsMessageId());
            ops.createProducer().send(target, copy);
            replayId = copy.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException("Replay of dead letter " + deadLetterId + " failed", e);
        }
        LedgerEntry entry = ledger.append(LedgerEvent.MESSAGE_REPLAYED, null, "dead letter " + deadLetterId + " ("
                + letter.flow() + ", " + letter.jmsMessageId() + ") replayed to " + letter.originalAddress() + " as " + replayId,
                reason, null, null);
        if (!tables.markReplayed(deadLetterId, actor, entry.occurredAt(), reason, replayId, entry.seq())) {
            throw new ReplayRefusedException("Dead letter " + deadLetterId + " was replayed meanwhile");
        }
        return tables.find(deadLetterId).orElseThrow();
    }

    /** Only the destinations between CRM and ERP: a letter from anywhere else is not ours to resend. */
    private Destination target(DeadLetter letter) {
        Destination target = Map.<String, Destination>of("jms.queue.ErpOrderIntake", orderIntake,
                "jms.queue.CrmAccountEvents", accountEvents, "jms.topic.ErpEvents", erpEvents).get(letter.originalAddress());
        if (target == null) {
            throw new ReplayRefusedException("Dead letter " + letter.id() + " came from " + letter.originalAddress()
                    + ", which the monitor does not replay to");
        }
        return target;
    }

    private MonitorTables tables() {
        return new MonitorTables(em);
    }
}
