package dev.portico.it.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.contract.AccountScope;
import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import dev.portico.contract.ErpEventType;
import dev.portico.contract.OrderSubmitted;
import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.StockException;
import dev.portico.erp.port.OrderIntake;
import dev.portico.erp.service.NoSuchOrderException;
import dev.portico.erp.service.OrderSummary;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductSummary;
import dev.portico.erp.service.SalesOrders;
import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import dev.portico.integration.monitor.DeadLetter;
import dev.portico.integration.monitor.FailureKind;
import dev.portico.integration.monitor.IntegrationMonitor;
import dev.portico.it.support.Broker;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsFinance;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsWarehouse;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ERP side of the integration inside the real server: signed orders sent to the intake
 * queue as the CRM sends them (in a transaction), the ERP's outcome read from the database and
 * from a subscriber on the events topic; credit holds, shortages, shipping, invoicing and
 * payments through the ERP services as the personas of the demo realm; duplicates and poison
 * messages. Every test plants its own CRM account and products, so balances and stock of one
 * test never meet another's.
 */
@ExtendWith(ArquillianExtension.class)
class ErpOrderIntakeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Poison is parked at its first attempt: the wait is slack only. */
    private static final Duration DEAD_LETTER_WAIT = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(ErpOrderIntakeIT.class,
                RunAsSalesRep.class, RunAsSalesManager.class, RunAsWarehouse.class, RunAsFinance.class, RunAsPortalAdmin.class,
                Broker.class);
    }

    @EJB
    private SalesOrders orders;

    @EJB
    private ProductCatalog catalog;

    @EJB
    private OrderIntake intake;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsSalesManager frank;

    @EJB
    private RunAsWarehouse erin;

    @EJB
    private CsvImports imports;

    @EJB
    private RunAsFinance dave;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private IntegrationMonitor monitor;

    /** Sends as the CRM does: only the CRM side may send orders. */
    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ORDER_INTAKE_QUEUE)
    private Queue intakeQueue;

    @Resource(lookup = Destinations.ERP_EVENTS_TOPIC)
    private Topic eventsTopic;

    @Resource(lookup = "java:/jms/queue/DLQ")
    private Queue deadLetters;

    /** The CRM side's factory: a subscriber of the test's own on the topic, outside any transaction. */
    @Resource(lookup = Destinations.CRM_SIDE_FACTORY)
    private ConnectionFactory connectionFactory;

    /** Only integration operations may read the DLQ. */
    @Resource(lookup = Destinations.OPERATIONS_FACTORY)
    private ConnectionFactory operations;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    private JMSContext subscriberContext;
    private JMSConsumer subscriber;
    private final List<Message> received = new ArrayList<>();
    private final List<Long> plantedAccounts = new ArrayList<>();
    private static final Map<Long, AccountScope> plantedScopes = new ConcurrentHashMap<>();

    @BeforeEach
    void subscribe() {
        subscriberContext = connectionFactory.createContext();
        subscriber = subscriberContext.createConsumer(eventsTopic);
    }

    /**
     * The planted CRM accounts go again: other tests list and sort the demo accounts. The ERP's
     * rows stay, as they would when a CRM account is removed (the reconciliation job reports them).
     */
    @AfterEach
    void cleanUp() throws SQLException {
        subscriberContext.close();
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM customer_account WHERE id = ?")) {
            for (long id : plantedAccounts) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void orderWithinCreditIsConfirmedAndItsStockReserved() throws Exception {
        long account = plantAccount("alice", "EAST");
        String sku = plantProduct(50, "10.00");
        OrderSubmitted order = order(account, line(sku, 10, "10.00"));

        send(order);

        OrderSummary confirmed = awaitOrder(order.quoteId(), OrderStatus.CONFIRMED);
        assertEquals(new BigDecimal("100.00"), confirmed.total());
        assertEquals(account, confirmed.crmAccountId());
        assertEquals(10, product(sku).reserved());
        assertEquals(40, product(sku).available());
        assertEquals(new BigDecimal("25000.00"), decimal("SELECT credit_limit FROM erp_customer WHERE crm_account_id = ?", account),
                "the ERP customer is created from the CRM account with the default limit");

        List<ErpEvent> events = awaitEvents(order.quoteId(), 1);
        ErpEvent event = events.get(0);
        assertEquals(ErpEventType.ORDER_CONFIRMED, event.type());
        assertEquals(confirmed.id(), event.erpOrderId());
        assertEquals(account, event.crmAccountId());
        assertEquals(new BigDecimal("100.00"), event.amount());
        assertEquals("ORDER_CONFIRMED", received.get(received.size() - 1).getStringProperty(ErpEvent.TYPE_PROPERTY));
    }

    @Test
    void orderOverTheCreditLimitWaitsUntilAManagerApprovesIt() throws Exception {
        long account = plantAccount("alice", "EAST");
        String sku = plantProduct(5000, "10.00");
        OrderSubmitted order = order(account, line(sku, 2600, "10.00"));

        send(order);

        OrderSummary held = awaitOrder(order.quoteId(), OrderStatus.CREDIT_HOLD);
        assertTrue(held.holdReason().contains("26000.00"), held.holdReason());
        assertEquals(0, product(sku).reserved(), "a held order reserves nothing");
        ErpEvent hold = awaitEvents(order.quoteId(), 1).get(0);
        assertEquals(ErpEventType.ORDER_ON_CREDIT_HOLD, hold.type());
        assertEquals(new BigDecimal("26000.00"), hold.amount());

        assertThrows(AccessDeniedException.class, () -> alice.call(() -> orders.approveCreditHold(held.id(), "my customer")),
                "a sales rep cannot release a credit hold");
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> orders.approveCreditHold(held.id(), "ship it")));
        assertEquals(OrderStatus.CREDIT_HOLD, erin.call(() -> orders.find(held.id())).orElseThrow().status());

        OrderSummary approved = frank.call(() -> orders.approveCreditHold(held.id(), "long-standing customer, paid on time"));

        assertEquals(OrderStatus.CONFIRMED, approved.status());
        assertEquals("frank", approved.approvedBy());
        assertEquals(2600, product(sku).reserved());
        List<ErpEvent> events = awaitEvents(order.quoteId(), 2);
        assertEquals(ErpEventType.ORDER_CONFIRMED, events.get(1).type());
        assertThrows(OrderStateException.class, () -> frank.call(() -> orders.approveCreditHold(held.id(), "again")));
    }

    @Test
    void aManagerReachesOnlyHisTeamsOrders() throws Exception {
        long outsider = plantAccount("zoe", "SOUTH");
        String sku = plantProduct(5000, "10.00");
        OrderSubmitted order = order(outsider, line(sku, 3000, "10.00"));
        send(order);
        OrderSummary held = awaitOrder(order.quoteId(), OrderStatus.CREDIT_HOLD);

        NoSuchOrderException refused = assertThrows(NoSuchOrderException.class,
                () -> frank.call(() -> orders.approveCreditHold(held.id(), "not mine")));
        NoSuchOrderException missing = assertThrows(NoSuchOrderException.class,
                () -> frank.call(() -> orders.approveCreditHold(Long.MAX_VALUE, "not there")));
        assertEquals(missing.getMessage().replace(Long.toString(Long.MAX_VALUE), "#"),
                refused.getMessage().replace(Long.toString(held.id()), "#"), "out of scope answers like a missing order");
        assertTrue(frank.call(() -> orders.find(held.id())).isEmpty());
        assertTrue(alice.call(() -> orders.list(OrderStatus.CREDIT_HOLD, 0, SalesOrders.MAX_PAGE)).stream()
                .noneMatch(o -> o.id() == held.id()), "alice's territory is EAST");
        assertTrue(erin.call(() -> orders.find(held.id())).isPresent(), "the warehouse sees every order");
    }

    @Test
    void aShortLineIsAnnouncedAndOrderedFromTheSupplier() throws Exception {
        long account = plantAccount("alice", "EAST");
        String scarce = plantProduct(4, "20.00");
        String plenty = plantProduct(100, "5.00");
        OrderSubmitted order = order(account, line(plenty, 5, "5.00"), line(scarce, 10, "20.00"));

        send(order);

        OrderSummary confirmed = awaitOrder(order.quoteId(), OrderStatus.CONFIRMED);
        List<ErpEvent> events = awaitEvents(order.quoteId(), 2);
        assertEquals(List.of(ErpEventType.ORDER_CONFIRMED, ErpEventType.STOCK_SHORTAGE), events.stream().map(ErpEvent::type).toList());
        assertEquals(scarce + " short by 6", events.get(1).detail());
        assertEquals(4, product(scarce).reserved(), "what there is, is reserved");
        assertEquals(5, product(plenty).reserved());
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_order po JOIN organisation s ON s.id = po.supplier_organisation_id "
                + "WHERE po.sales_order_id = ? AND s.alias = 'acme' AND po.status = 'OPEN'", confirmed.id()));
        assertEquals(11, count("SELECT l.quantity FROM purchase_order_line l JOIN purchase_order po ON po.id = l.purchase_order_id "
                + "WHERE po.sales_order_id = ? AND l.sku = '" + scarce + "'", confirmed.id()), "the 6 short plus the reorder level of 5");

        OrderStateException notYet = assertThrows(OrderStateException.class, () -> erin.call(() -> orders.ship(confirmed.id())));
        assertTrue(notYet.getMessage().contains(scarce + " short by 6"), notYet.getMessage());

        assertThrows(AccessDeniedException.class, () -> alice.call(() -> catalog.adjustStock(scarce, 6, "delivery")));
        assertThrows(StockException.class, () -> erin.call(() -> catalog.adjustStock(scarce, -1, "count")),
                "stock promised to the order cannot be counted away");
        erin.call(() -> catalog.adjustStock(scarce, 6, "delivery from Acme"));
        assertEquals(OrderStatus.SHIPPED, erin.call(() -> orders.ship(confirmed.id())).status(), "the delivery tops the order up");
        assertEquals(0, product(scarce).stockOnHand());
    }

    /**
     * A burst of orders of one customer (the consumer runs up to 15 sessions at once): they queue
     * on the customer's row, one credit check at a time, and not one delivery attempt fails. With
     * INSERT IGNORE mapping the customer, each held a shared lock on its row and wanted the
     * exclusive one: they deadlocked, and under load orders went to the dead-letter queue.
     */
    @Test
    void ordersOfOneCustomerArrivingTogetherQueueWithoutAFailedAttempt() throws Exception {
        long account = plantAccount("alice", "EAST");
        String sku = plantProduct(1000, "1.00");
        OrderSubmitted first = order(account, line(sku, 1, "1.00"));
        send(first);
        awaitOrder(first.quoteId(), OrderStatus.CONFIRMED);   // the customer exists now: the case that deadlocked

        List<OrderSubmitted> burst = new ArrayList<>();
        List<String> messageIds = new ArrayList<>();
        transaction.begin();   // one commit, so that they all arrive together
        for (int i = 0; i < 40; i++) {
            OrderSubmitted order = order(account, line(sku, 1, "1.00"));
            TextMessage message = jms.createTextMessage(order.toJson());
            jms.createProducer().send(intakeQueue, message);
            burst.add(order);
            messageIds.add(message.getJMSMessageID());
        }
        transaction.commit();

        for (OrderSubmitted order : burst) {
            awaitOrder(order.quoteId(), OrderStatus.CONFIRMED);
        }
        assertEquals(41, product(sku).reserved());
        try (Connection c = dataSource.getConnection();
             PreparedStatement failures = c.prepareStatement("SELECT jms_message_id, reason FROM integration_failure "
                     + "WHERE jms_message_id IN (" + String.join(",", Collections.nCopies(messageIds.size(), "?")) + ")")) {
            for (int i = 0; i < messageIds.size(); i++) {
                failures.setString(i + 1, messageIds.get(i));
            }
            List<String> failed = new ArrayList<>();
            try (ResultSet rs = failures.executeQuery()) {
                while (rs.next()) {
                    failed.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
            assertEquals(List.of(), failed, "failed delivery attempts of the burst");
        }
    }

    @Test
    void aDuplicatedMessageAndASecondMessageForTheQuoteMakeOneOrder() throws Exception {
        long account = plantAccount("alice", "EAST");
        String sku = plantProduct(100, "3.00");
        OrderSubmitted order = order(account, line(sku, 7, "3.00"));
        OrderSubmitted resent = new OrderSubmitted(UUID.randomUUID().toString(), order.quoteId(), account, "EUR", order.lines(),
                "alice", order.signedAt(), order.account());

        send(order);
        send(order);
        send(resent);

        awaitOrder(order.quoteId(), OrderStatus.CONFIRMED);
        awaitEvents(order.quoteId(), 1);
        Broker.awaitDrained(Broker.ORDER_INTAKE);   // all three delivered and applied: a second order would show now
        assertEquals(1, count("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", order.quoteId()));
        assertEquals(7, product(sku).reserved(), "reserved once");
        assertEquals(2, count("SELECT COUNT(*) FROM integration_inbox WHERE event_type = 'crm.OrderSubmitted' AND aggregate_id = ?",
                order.quoteId()), "two distinct messages applied, the copy ignored");
        drainEvents();
        assertEquals(1, eventsFor(order.quoteId()).size(), "one ORDER_CONFIRMED, not three");
    }

    @Test
    void shippingInvoicingAndPaymentsAreAnnouncedInOrderWithTheBalance() throws Exception {
        long account = plantAccount("alice", "EAST");
        String sku = plantProduct(30, "25.00");
        OrderSubmitted order = order(account, line(sku, 10, "25.00"));
        send(order);
        long id = awaitOrder(order.quoteId(), OrderStatus.CONFIRMED).id();

        assertThrows(AccessDeniedException.class, () -> dave.call(() -> orders.ship(id)), "finance does not ship");
        assertThrows(OrderStateException.class, () -> dave.call(() -> orders.invoice(id)), "not shipped yet");
        erin.call(() -> orders.ship(id));
        assertEquals(20, product(sku).stockOnHand());
        assertEquals(0, product(sku).reserved());
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> orders.invoice(id)), "the warehouse does not invoice");
        dave.call(() -> orders.invoice(id));
        dave.call(() -> orders.recordPayment(id, new BigDecimal("100.00")));
        assertThrows(OrderStateException.class, () -> dave.call(() -> orders.recordPayment(id, new BigDecimal("150.01"))));
        OrderSummary paid = dave.call(() -> orders.recordPayment(id, new BigDecimal("150.00")));

        assertEquals(OrderStatus.PAID, paid.status());
        List<ErpEvent> events = awaitEvents(order.quoteId(), 5);
        assertEquals(List.of(ErpEventType.ORDER_CONFIRMED, ErpEventType.SHIPPED, ErpEventType.INVOICED,
                ErpEventType.PAYMENT_RECEIVED, ErpEventType.PAYMENT_RECEIVED), events.stream().map(ErpEvent::type).toList());
        assertMoney("250.00", "250.00", events.get(2));
        assertMoney("100.00", "150.00", events.get(3));
        assertMoney("150.00", "0.00", events.get(4));
        assertEquals(0, decimal("SELECT balance FROM erp_customer WHERE crm_account_id = ?", account).signum());
    }

    /** Issue 16, must-show 3: a message that can never succeed is parked at its first attempt, with its reason. */
    @Test
    void poisonMessagesAreParkedAtTheirFirstAttemptWithTheirReasonAndAFixedOneReplays() throws Exception {
        long account = plantAccount("alice", "EAST");
        String marker = "poison-" + UUID.randomUUID();
        String unknownSku = "T-" + UUID.randomUUID().toString().substring(0, 12);
        OrderSubmitted unknown = order(account, line(unknownSku, 1, "9.00"));
        Instant sent = Instant.now();

        String malformedId = sendText("{\"type\":\"crm.OrderSubmitted\",\"" + marker + "\":");
        String unknownId = sendText(unknown.toJson());

        Message malformed = awaitDeadLetter(m -> m.getBody(String.class).contains(marker));
        Message unknownProduct = awaitDeadLetter(m -> m.getBody(String.class).contains(unknownSku));
        assertTrue(Duration.between(sent, Instant.now()).toSeconds() < 10, "parked at once, not after redeliveries");
        assertEquals("jms.queue.ErpOrderIntake", malformed.getStringProperty("_AMQ_ORIG_ADDRESS"));
        assertTrue(unknownProduct.getStringProperty("porticoParkReason").contains("unknown SKU '" + unknownSku + "'"),
                unknownProduct.getStringProperty("porticoParkReason"));
        assertEquals(List.of("1 POISON parked"), attempts(malformedId), "one attempt, then parked");
        assertEquals(List.of("1 POISON parked"), attempts(unknownId), "one attempt, then parked");
        assertEquals(0, count("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", unknown.quoteId()), "nothing half-done");
        assertEquals(0, count("SELECT COUNT(*) FROM integration_inbox WHERE message_id = ?", unknown.messageId()));
        String letterId = unknownProduct.getJMSMessageID();
        DeadLetter letter = ada.call(() -> monitor.deadLetters()).stream()
                .filter(l -> l.jmsMessageId().equals(letterId)).findFirst().orElseThrow();
        assertEquals(1, letter.attempts(), "the monitor counts the attempts of the delivery it was parked from");
        assertTrue(letter.lastReason().contains(unknownSku), letter.lastReason());

        plantProduct(unknownSku, 10, "9.00");
        replay(unknownProduct.getJMSMessageID());

        assertEquals(OrderStatus.CONFIRMED, awaitOrder(unknown.quoteId(), OrderStatus.CONFIRMED).status());
        Broker.awaitDrained(Broker.ORDER_INTAKE);
        assertEquals(List.of("1 POISON parked"), attempts(unknownId), "the parked original was taken off its queue unprocessed");
        assertEquals(1, count("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", unknown.quoteId()));
    }

    /**
     * Issue 9: a stock count imported from a file and an order's reservation meet at the product's
     * row lock (a test transaction holds it until both wait for it). Whichever goes first, stock
     * is never below what is reserved: the import first, and the order reserves what is left; the
     * order first, and the import's row is refused by the product's own rule.
     */
    @Test
    void anImportRacingAnOrdersReservationNeverTakesStockBelowReserved() throws Exception {
        long account = plantAccount("alice", "EAST");
        String sku = plantProduct(10, "4.00");
        OrderSubmitted order = order(account, line(sku, 8, "4.00"));
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdProductLock(sku, release);
        send(order);
        String count = "sku,name,unit_price,currency,stock_on_hand\n" + sku + ",Raced part,4.00,EUR,5\n";
        Future<ImportResult> imported = executor.submit(() -> erin.call(() -> imports.importProducts(
                new ByteArrayInputStream(count.getBytes(StandardCharsets.UTF_8)))));
        Thread.sleep(1000);   // arranges the race (both reach the lock), well inside the 5 s lock wait; proves nothing itself
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);

        ImportResult result = imported.get(30, TimeUnit.SECONDS);
        awaitOrder(order.quoteId(), OrderStatus.CONFIRMED);
        ProductSummary after = product(sku);
        assertTrue(after.reserved() <= after.stockOnHand(), "reserved " + after.reserved() + " of " + after.stockOnHand());
        if (result.accepted()) {
            assertEquals(5, after.stockOnHand(), "the count went first");
            assertEquals(5, after.reserved(), "and the order reserved what was left");
        } else {
            assertTrue(result.errors().get(0).reason().contains("below the 8 already reserved"), result.errors().toString());
            assertEquals(10, after.stockOnHand(), "the order went first, and the count was refused");
            assertEquals(8, after.reserved());
        }
    }

    /**
     * Issue 16, must-show 3: a transient failure is retried until it passes. A test transaction
     * holds the product's row lock; each attempt waits its 5 s for it (portico.cli) and fails.
     * After five failed attempts, where the old policy parked the message, the lock goes, and the
     * next attempt takes the order: no dead letter, one order.
     */
    @Test
    void aLockHeldLongerThanTheFirstRetriesIsWaitedOutWithoutADeadLetter() throws Exception {
        long account = plantAccount("alice", "EAST");
        String sku = plantProduct(20, "4.00");
        OrderSubmitted order = order(account, line(sku, 2, "4.00"));
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdProductLock(sku, release);
        String messageId = sendText(order.toJson());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (attempts(messageId).size() < FailureKind.UNEXPECTED_ATTEMPTS && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);

        assertEquals(OrderStatus.CONFIRMED, awaitOrder(order.quoteId(), OrderStatus.CONFIRMED).status());
        List<String> attempts = attempts(messageId);
        assertTrue(attempts.size() >= FailureKind.UNEXPECTED_ATTEMPTS, "failed while the lock was held: " + attempts);
        assertTrue(attempts.stream().allMatch(a -> a.endsWith(" TRANSIENT retried")), attempts.toString());
        assertEquals(0, count("SELECT COUNT(*) FROM integration_failure WHERE jms_message_id = ? AND parked_as IS NOT NULL", messageId),
                "never parked");
        assertEquals(1, count("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", order.quoteId()));
        assertEquals(2, product(sku).reserved());
    }

    @Test
    void onlyTheIntegrationLayerPutsOrdersIntoTheErp() {
        OrderSubmitted order = order(1, line("BRK-M8-100", 1, "18.90"));
        assertThrows(EJBAccessException.class, () -> alice.call(() -> intake.submit(order)));
        assertThrows(EJBAccessException.class, () -> intake.submit(order));
    }

    @Test
    void theCatalogueIsReadableBySalesAndChangedByTheWarehouse() throws Exception {
        String sku = plantProduct(12, "49.90");

        ProductSummary seen = alice.call(() -> catalog.find(sku)).orElseThrow();
        assertEquals(new BigDecimal("49.90"), seen.unitPrice());
        assertTrue(alice.call(() -> catalog.list(sku, "", 10)).stream().anyMatch(p -> p.sku().equals(sku)));
        assertTrue(alice.call(() -> catalog.list("%", "", 10)).isEmpty(), "a % typed by the user is text");
        assertFalse(alice.call(() -> catalog.list(null, "", 50)).isEmpty(), "the demo catalogue is there");
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> catalog.changePrice(sku, new BigDecimal("1.00"))));
        assertThrows(AccessDeniedException.class, () -> dave.call(() -> catalog.adjustStock(sku, 1, "finance cannot")));
        assertEquals(new BigDecimal("44.90"), erin.call(() -> catalog.changePrice(sku, new BigDecimal("44.90"))).unitPrice());
    }

    // ---- fixtures -------------------------------------------------------------------------

    private static OrderSubmitted.Line line(String sku, int quantity, String unitPrice) {
        return new OrderSubmitted.Line(sku, quantity, new BigDecimal(unitPrice));
    }

    private static OrderSubmitted order(long account, OrderSubmitted.Line... lines) {
        return OrderSubmitted.of(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L), account,
                plantedScopes.getOrDefault(account, AccountScope.UNKNOWN), "EUR", List.of(lines), "alice", Instant.now());
    }

    /** As the CRM sends it: inside the transaction that signs the quote. */
    /**
     * Takes the product's row lock in a transaction of its own, on a thread of the server's, and
     * returns once it holds it; the lock goes when {@code release} counts down (or after 2 minutes).
     */
    private Future<?> holdProductLock(String sku, CountDownLatch release) throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        Future<?> holder = executor.submit(() -> {
            transaction.begin();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement lock = c.prepareStatement("SELECT stock_on_hand FROM product WHERE sku = ? FOR UPDATE")) {
                lock.setString(1, sku);
                lock.executeQuery().close();
                locked.countDown();
                release.await(120, TimeUnit.SECONDS);
            } finally {
                transaction.rollback();
            }
            return null;
        });
        assertTrue(locked.await(10, TimeUnit.SECONDS), "the test holds the product's lock");
        return holder;
    }

    private void send(OrderSubmitted order) throws Exception {
        sendText(order.toJson());
    }

    /** @return the JMS message id, under which failed attempts are logged */
    private String sendText(String body) throws Exception {
        transaction.begin();
        try {
            TextMessage message = jms.createTextMessage(body);
            jms.createProducer().send(intakeQueue, message);
            transaction.commit();
            return message.getJMSMessageID();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** The failed attempts of a delivery, oldest first, as "attempt KIND parked|retried". */
    private List<String> attempts(String jmsMessageId) throws SQLException {
        List<String> attempts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT attempt, kind, parked_as IS NOT NULL FROM integration_failure "
                     + "WHERE jms_message_id = ? ORDER BY id")) {
            query.setString(1, jmsMessageId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    attempts.add(rs.getInt(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? " parked" : " retried"));
                }
            }
        }
        return attempts;
    }

    /** What an operator does in the integration monitor: find the parked message and replay it, with a reason. */
    private void replay(String jmsMessageId) throws Exception {
        DeadLetter letter = ada.call(() -> monitor.deadLetters()).stream()
                .filter(l -> l.jmsMessageId().equals(jmsMessageId)).findFirst().orElseThrow();
        ada.call(() -> monitor.replay(letter.id(), "SKU added to the catalogue"));
    }

    private OrderSummary awaitOrder(long quoteId, OrderStatus status) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        Optional<OrderSummary> order;
        do {
            order = erin.call(() -> orders.findByQuote(quoteId));
            if (order.isPresent() && order.get().status() == status) {
                return order.get();
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("quote " + quoteId + " is " + order.map(o -> o.status().name()).orElse("no order")
                + " after " + WAIT + ", expected " + status);
    }

    /** The first {@code expected} events of the quote, in the order the topic delivered them. */
    private List<ErpEvent> awaitEvents(long quoteId, int expected) throws JMSException {
        Instant deadline = Instant.now().plus(WAIT);
        while (eventsFor(quoteId).size() < expected && Instant.now().isBefore(deadline)) {
            Message message = subscriber.receive(500);
            if (message != null) {
                received.add(message);
            }
        }
        List<ErpEvent> events = eventsFor(quoteId);
        assertTrue(events.size() >= expected, "events for quote " + quoteId + ": " + events);
        return events.subList(0, expected);
    }

    private void drainEvents() {
        for (Message message = subscriber.receive(1000); message != null; message = subscriber.receive(1000)) {
            received.add(message);
        }
    }

    private List<ErpEvent> eventsFor(long quoteId) throws JMSException {
        List<ErpEvent> events = new ArrayList<>();
        for (Message message : received) {
            ErpEvent event = ErpEvent.fromJson(message.getBody(String.class));
            if (event.quoteId() == quoteId) {
                events.add(event);
            }
        }
        return events;
    }

    private interface MessageTest {
        boolean matches(Message message) throws JMSException;
    }

    private Message awaitDeadLetter(MessageTest test) throws Exception {
        Instant deadline = Instant.now().plus(DEAD_LETTER_WAIT);
        do {
            try (JMSContext browsing = operations.createContext(); QueueBrowser browser = browsing.createBrowser(deadLetters)) {
                for (Object parked : Collections.list(browser.getEnumeration())) {
                    if (test.matches((Message) parked)) {
                        return (Message) parked;
                    }
                }
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no such message in the DLQ after " + DEAD_LETTER_WAIT);
    }

    private static void assertMoney(String amount, String balance, ErpEvent event) {
        assertEquals(new BigDecimal(amount), event.amount(), event.toString());
        assertEquals(new BigDecimal(balance), event.balance(), event.toString());
    }

    private ProductSummary product(String sku) throws Exception {
        return erin.call(() -> catalog.find(sku)).orElseThrow();
    }

    /** A CRM account written straight to the database, as the CRM would have it. */
    private long plantAccount(String owner, String territory) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO customer_account (name, territory, owner_username, status) VALUES (?, ?, ?, 'ACTIVE')",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "ERP test customer " + UUID.randomUUID());
            insert.setString(2, territory);
            insert.setString(3, owner);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                plantedAccounts.add(keys.getLong(1));
                // What the CRM would publish with the account's orders.
                plantedScopes.put(keys.getLong(1), new AccountScope(territory, owner, null));
                return keys.getLong(1);
            }
        }
    }

    private String plantProduct(int stock, String price) throws SQLException {
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 12);
        plantProduct(sku, stock, price);
        return sku;
    }

    /** A product supplied by Acme, reorder level 5. */
    private void plantProduct(String sku, int stock, String price) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, "
                     + "reserved, reorder_level, supplier_organisation_id) VALUES (?, ?, ?, 'EUR', ?, 0, 5, "
                     + "(SELECT id FROM organisation WHERE alias = 'acme'))")) {
            insert.setString(1, sku);
            insert.setString(2, "Test product " + sku);
            insert.setBigDecimal(3, new BigDecimal(price));
            insert.setInt(4, stock);
            insert.executeUpdate();
        }
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), "no row from " + sql);
                return rs.getLong(1);
            }
        }
    }

    private BigDecimal decimal(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), "no row from " + sql);
                return rs.getBigDecimal(1);
            }
        }
    }
}
