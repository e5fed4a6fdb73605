package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import dev.portico.contract.ErpEventType;
import dev.portico.crm.service.Account360;
import dev.portico.crm.service.AccountOverviews;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.Quotes;
import dev.portico.crm.service.TimelineEntry;
import dev.portico.it.support.Broker;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsSalesRep;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CRM side of the ERP events: the test publishes on the topic what the ERP would, and the
 * durable subscriber builds the order timeline (in the ERP's order, whatever the arrival order)
 * and the balance view, once per event however often it is delivered.
 */
@ExtendWith(ArquillianExtension.class)
class OrderTimelineIT {

    private static final Duration CONSUMER_WAIT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(OrderTimelineIT.class, RunAsSalesRep.class, Broker.class);
    }

    @EJB
    private Quotes quotes;

    @EJB
    private AccountOverviews accounts360;

    @EJB
    private RunAsSalesRep alice;

    /** Publishes as the ERP does: only the ERP side may send on the topic. */
    @Inject
    @JMSConnectionFactory(Destinations.ERP_SIDE_FACTORY)
    private JMSContext jms;

    /** Only integration operations may read the DLQ. */
    @Inject
    @JMSConnectionFactory(Destinations.OPERATIONS_FACTORY)
    private JMSContext operations;

    @Resource(lookup = Destinations.ERP_EVENTS_TOPIC)
    private Topic erpEvents;

    @Resource(lookup = "java:/jms/queue/DLQ")
    private Queue deadLetters;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void eventsBuildTheTimelineInTheErpsOrderAndTheBalanceOnce() throws Exception {
        long account = plantAccount();
        long quote = signedQuote(account);
        ErpEvent confirmed = event(ErpEventType.ORDER_CONFIRMED, quote, account, "900.00", null, null, 0);
        ErpEvent shipped = event(ErpEventType.SHIPPED, quote, account, null, null, "2 parcels", 1);
        ErpEvent invoiced = event(ErpEventType.INVOICED, quote, account, "900.00", "900.00", "Invoice 77", 2);
        ErpEvent paid = event(ErpEventType.PAYMENT_RECEIVED, quote, account, "600.00", "300.00", null, 3);

        // Out of order, and the invoice twice: its balance (900) is older than the payment's (300).
        publish(paid);
        publish(confirmed);
        publish(invoiced);
        publish(shipped);
        publish(invoiced);
        awaitTimelineRows(quote, 4);
        Broker.awaitDrained(Broker.ERP_EVENTS);   // the duplicate applied too: had it added a row, it would show now

        assertEquals(4, timelineRows(quote), "the duplicate added nothing");
        Account360 view = alice.call(() -> accounts360.find(account)).orElseThrow();
        assertEquals(List.of(ErpEventType.ORDER_CONFIRMED, ErpEventType.SHIPPED, ErpEventType.INVOICED, ErpEventType.PAYMENT_RECEIVED),
                view.timeline().stream().map(TimelineEntry::type).toList());
        assertEquals("2 parcels", view.timeline().get(1).detail());
        assertNotNull(view.balance());
        assertEquals(new BigDecimal("300.00"), view.balance().balance(), "the newest balance wins, not the last to arrive");
        assertEquals(paid.occurredAt(), view.balance().asOf());
        assertEquals(view.timeline(), alice.call(() -> quotes.find(quote)).orElseThrow().timeline());
    }

    @Test
    void amountsWithoutABalanceMoveTheBalanceOnce() throws Exception {
        long account = plantAccount();
        long quote = signedQuote(account);
        ErpEvent invoiced = event(ErpEventType.INVOICED, quote, account, "250.00", null, null, 0);
        publish(invoiced);
        publish(event(ErpEventType.PAYMENT_RECEIVED, quote, account, "100.00", null, null, 1));
        publish(invoiced);
        awaitTimelineRows(quote, 2);
        Broker.awaitDrained(Broker.ERP_EVENTS);

        assertEquals(new BigDecimal("150.00"), alice.call(() -> accounts360.find(account)).orElseThrow().balance().balance());
    }

    @Test
    void anEventAboutAnUnknownQuoteEndsInTheDeadLetterQueueNotInSilence() throws Exception {
        ErpEvent orphan = event(ErpEventType.SHIPPED, Long.MAX_VALUE, plantAccount(), null, null, null, 0);
        publish(orphan);

        Instant deadline = Instant.now().plus(CONSUMER_WAIT);
        boolean deadLettered = false;
        while (!deadLettered && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            deadLettered = deadLetterBodies().stream().anyMatch(body -> body.contains(orphan.messageId()));
        }
        assertTrue(deadLettered, "parked at once: the event waits in the DLQ for someone to look at");
        assertEquals(0, single("SELECT COUNT(*) FROM order_timeline WHERE message_id = ?", orphan.messageId()));
    }

    private List<String> deadLetterBodies() throws Exception {
        try (QueueBrowser browser = operations.createBrowser(deadLetters)) {
            return Collections.list(browser.getEnumeration()).stream()
                    .filter(TextMessage.class::isInstance)
                    .map(m -> {
                        try {
                            return ((TextMessage) m).getText();
                        } catch (jakarta.jms.JMSException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    /**
     * A quote the test plays the ERP for. It is not signed through the service: the real ERP
     * would then make an order of it and publish events of its own beside the test's.
     */
    private long signedQuote(long account) throws Exception {
        return alice.call(() -> quotes.create(new NewQuote(account, null,
                List.of(new NewQuoteLine("PRD-0004", null, 3))))).id();
    }

    private static ErpEvent event(ErpEventType type, long quote, long account, String amount, String balance, String detail,
                                  int hoursAfterT0) {
        return ErpEvent.of(type, quote, 4242, account, amount == null ? null : new BigDecimal(amount),
                balance == null ? null : new BigDecimal(balance), detail, T0.plus(Duration.ofHours(hoursAfterT0)));
    }

    /** As the ERP publishes: the JSON body and the type as a property, for selectors. */
    private void publish(ErpEvent event) {
        jms.createProducer().setProperty(ErpEvent.TYPE_PROPERTY, event.type().name()).send(erpEvents, event.toJson());
    }

    private void awaitTimelineRows(long quote, long expected) throws Exception {
        Instant deadline = Instant.now().plus(CONSUMER_WAIT);
        long seen;
        do {
            seen = timelineRows(quote);
            if (seen >= expected) {
                return;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        assertEquals(expected, seen, "timeline rows of quote " + quote + " after " + CONSUMER_WAIT);
    }

    private long timelineRows(long quote) throws SQLException {
        return single("SELECT COUNT(*) FROM order_timeline WHERE quote_id = ?", Long.toString(quote));
    }

    /** An active East account of alice's with no history, so that balances start from nothing. */
    private long plantAccount() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status, city) "
                     + "VALUES (?, 'EAST', 'alice', 'ACTIVE', 'Springfield')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Timeline Test " + UUID.randomUUID());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long single(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
