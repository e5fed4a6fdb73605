package dev.portico.it.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.contract.AccountScope;
import dev.portico.contract.Destinations;
import dev.portico.contract.OrderSubmitted;
import dev.portico.integration.monitor.DeadLetter;
import dev.portico.integration.monitor.FailureKind;
import dev.portico.integration.monitor.FlowStats;
import dev.portico.integration.monitor.IntegrationMonitor;
import dev.portico.integration.monitor.ReplayRefusedException;
import dev.portico.it.support.Broker;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesRep;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Must-show 3 through the monitor: an order naming a SKU the ERP does not know is parked in the
 * dead-letter queue at its first attempt (issue 16: retrying cannot help it); the monitor shows it
 * with the consumer's reason, the attempt and its kind; the cause is
 * fixed (the product added); ada replays it with a reason; the order exists once; the ledger has
 * the replay; a second replay, a replay without a reason, and anyone without integration:edit
 * are refused.
 */
@ExtendWith(ArquillianExtension.class)
class IntegrationMonitorIT {

    /** Parked at the first attempt: slack only. */
    private static final Duration DEAD_LETTER_WAIT = Duration.ofSeconds(20);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(IntegrationMonitorIT.class, RunAsPortalAdmin.class, RunAsAuditor.class,
                RunAsSalesRep.class, Broker.class);
    }

    @EJB
    private IntegrationMonitor monitor;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private RunAsAuditor audrey;

    @EJB
    private RunAsSalesRep alice;

    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext crm;

    @Resource(lookup = Destinations.ORDER_INTAKE_QUEUE)
    private Queue orderIntake;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    private long plantedAccount;

    @AfterEach
    void removeAccount() throws SQLException {
        update("DELETE FROM customer_account WHERE id = ?", plantedAccount);
    }

    @Test
    void aDeadLetterIsShownWithItsReasonAndReplayedOnceWithAnAuditedReason() throws Exception {
        plantedAccount = plantAccount();
        // What the monitor counts before this test's one order, to compare with what it counts after.
        Instant since = Instant.now().minusSeconds(3600);   // one window for both counts
        long poisonBefore = ada.call(() -> monitor.failureCounts(since)).getOrDefault(FailureKind.POISON, 0L);
        long dlqBefore = Broker.messagesAdded("jms-queue=DLQ");
        FlowStats intakeBefore = intake();
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 12);
        OrderSubmitted order = OrderSubmitted.of(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L),
                plantedAccount, AccountScope.UNKNOWN, "EUR", List.of(new OrderSubmitted.Line(sku, 2, new BigDecimal("7.50"))), "alice", Instant.now());
        send(order.toJson());

        DeadLetter parked = awaitDeadLetter(sku);
        assertEquals("OrderSubmitted", parked.flow());
        assertEquals("jms.queue.ErpOrderIntake", parked.originalAddress());
        assertEquals(1, parked.attempts(), "poison: one attempt, then parked");
        assertTrue(parked.lastReason().contains("UnknownProductException") && parked.lastReason().contains(sku), parked.lastReason());
        assertTrue(ada.call(() -> monitor.recentFailures(50)).stream()
                .anyMatch(f -> f.reason().contains(sku) && f.attempt() == 1 && f.kind() == FailureKind.POISON && f.parked()));
        assertEquals(poisonBefore + 1, ada.call(() -> monitor.failureCounts(since)).get(FailureKind.POISON),
                "this order's one poisoned attempt");
        assertEquals(dlqBefore + 1, Broker.messagesAdded("jms-queue=DLQ"), "the broker's own count: one letter parked");
        assertTrue(ada.call(() -> monitor.waiting()).stream().anyMatch(d -> d.destination().equals("DLQ") && d.waiting() >= 1));

        assertThrows(AccessDeniedException.class, () -> audrey.call(() -> monitor.replay(parked.id(), "auditors only look")));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> monitor.replay(parked.id(), "my customer")));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> monitor.deadLetters()), "alice has no integration:view");
        assertThrows(AccessDeniedException.class, () -> monitor.flows(), "nor has an anonymous caller");
        EJBException blank = assertThrows(EJBException.class, () -> ada.call(() -> monitor.replay(parked.id(), " ")));
        assertTrue(causedBy(blank, ConstraintViolationException.class), "a replay needs a reason");
        assertEquals(DeadLetter.PARKED, letter(parked.id()).status(), "nothing was replayed by the refusals");

        plantProduct(sku);
        DeadLetter replayed = ada.call(() -> monitor.replay(parked.id(), "SKU " + sku + " added to the catalogue"));

        assertEquals(DeadLetter.REPLAYED, replayed.status());
        assertEquals("ada", replayed.replayedBy());
        assertNotNull(replayed.replayMessageId());
        assertEquals(1, awaitCount("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", order.quoteId()), "the order exists once");
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT actor, event, reason, detail FROM grant_ledger WHERE seq = ?")) {
            query.setLong(1, replayed.replayLedgerSeq());
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), "the replay is in the ledger");
                assertEquals("ada", rs.getString(1));
                assertEquals("MESSAGE_REPLAYED", rs.getString(2));
                assertEquals("SKU " + sku + " added to the catalogue", rs.getString(3));
                assertTrue(rs.getString(4).contains(parked.jmsMessageId()), rs.getString(4));
            }
        }

        ReplayRefusedException twice = assertThrows(ReplayRefusedException.class,
                () -> ada.call(() -> monitor.replay(parked.id(), "once more")));
        assertTrue(twice.getMessage().contains("already replayed by ada"), twice.getMessage());
        Broker.awaitDrained(Broker.ORDER_INTAKE);   // the replay delivered and applied: a second order would show now
        assertEquals(1, count("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", order.quoteId()));

        FlowStats intake = intake();
        assertEquals(intakeBefore.total() + 1, intake.total(), "the replayed order, applied once: " + intake);
        assertTrue(intake.lastHour() >= 1, "a sliding window: older orders may leave it meanwhile; " + intake);
        assertEquals(intakeBefore.today() + 1, intake.today(), intake.toString());
        assertNotNull(intake.lagMaxMillis(), "lag is measured from the send time");
        assertTrue(intake.lagMaxMillis() >= 0 && intake.lagMedianMillis() <= intake.lagMaxMillis(), intake.toString());
    }

    private FlowStats intake() throws Exception {
        return ada.call(() -> monitor.flows()).stream().filter(f -> f.flow().equals("OrderSubmitted")).findFirst().orElseThrow();
    }

    private DeadLetter awaitDeadLetter(String marker) throws Exception {
        Instant deadline = Instant.now().plus(DEAD_LETTER_WAIT);
        do {
            Optional<DeadLetter> found = ada.call(() -> monitor.deadLetters()).stream()
                    .filter(l -> l.body() != null && l.body().contains(marker)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no dead letter with " + marker + " after " + DEAD_LETTER_WAIT);
    }

    private DeadLetter letter(long id) throws Exception {
        return ada.call(() -> monitor.deadLetters()).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    private void send(String body) throws Exception {
        transaction.begin();
        try {
            crm.createProducer().send(orderIntake, body);
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private long plantAccount() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status) "
                     + "VALUES (?, 'EAST', 'alice', 'ACTIVE')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Monitor test customer " + UUID.randomUUID());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void plantProduct(String sku) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, "
                     + "reserved, reorder_level, supplier_organisation_id) VALUES (?, ?, 7.50, 'EUR', 100, 0, 5, "
                     + "(SELECT id FROM organisation WHERE alias = 'acme'))")) {
            insert.setString(1, sku);
            insert.setString(2, "Test product " + sku);
            insert.executeUpdate();
        }
    }

    private long awaitCount(String sql, long parameter) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        long count;
        while ((count = count(sql, parameter)) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        return count;
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            statement.executeUpdate();
        }
    }
}
