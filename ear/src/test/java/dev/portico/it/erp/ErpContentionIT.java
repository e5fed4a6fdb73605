package dev.portico.it.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.contract.AccountScope;
import dev.portico.contract.Destinations;
import dev.portico.contract.OrderSubmitted;
import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.service.NewPurchaseOrderLine;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.PurchaseOrders;
import dev.portico.erp.service.SalesOrders;
import dev.portico.integration.monitor.FailureLog;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsWarehouse;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, must-show 1: the ERP's hot rows under every flow that writes them at once. Signed
 * orders of a few customers over a few shared products arrive as fast as the test can send them
 * (their lines in no particular order), while warehouse threads count stock, receive purchase
 * orders that release waiting orders, and ship, and a manager releases credit holds — all on the
 * same product, customer and order rows. Afterwards the database is counted: no delivery attempt
 * failed, nothing was parked, every quote has exactly one order, no person's action failed on a
 * lock, and each product's stock is what its recorded movements add up to.
 *
 * <p>With the ERP locking in more than one order (an order line's foreign key taking a shared
 * lock on the product before the exclusive one; a receipt locking its purchase order before the
 * products), this failed with deadlocks in the failure log and orders in the dead-letter queue.
 */
@ExtendWith(ArquillianExtension.class)
class ErpContentionIT {

    private static final int ORDERS = 360;
    private static final int SENT_PER_COMMIT = 20;
    private static final int PRODUCTS = 3;
    private static final int CUSTOMERS = 4;
    private static final int INITIAL_STOCK = 80;
    private static final Duration SETTLE = Duration.ofSeconds(240);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(ErpContentionIT.class, RunAsWarehouse.class, RunAsSalesManager.class);
    }

    @EJB
    private SalesOrders orders;

    @EJB
    private ProductCatalog catalog;

    @EJB
    private PurchaseOrders purchasing;

    @EJB
    private RunAsWarehouse erin;

    @EJB
    private RunAsSalesManager frank;

    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ORDER_INTAKE_QUEUE)
    private Queue intakeQueue;

    @Resource(lookup = "java:/jms/queue/DLQ")
    private Queue deadLetters;

    /** Only integration operations may read the DLQ. */
    @Resource(lookup = Destinations.OPERATIONS_FACTORY)
    private ConnectionFactory operations;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    private final List<Long> accounts = new ArrayList<>();
    /** What the CRM publishes with the orders of the planted accounts (EAST, alice's, no partner). */
    private static final AccountScope PLANTED_SCOPE = new AccountScope("EAST", "alice", null);
    private final List<String> skus = new ArrayList<>();
    /** What a person's action met that was not a business refusal: a lock, a deadlock, a version conflict. */
    private final List<String> actionErrors = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, AtomicInteger> actions = new ConcurrentHashMap<>();

    @AfterEach
    void removePlantedAccounts() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM customer_account WHERE id = ?")) {
            for (long id : accounts) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void ordersReceiptsCountsShipmentsAndApprovalsOnSharedRowsNeitherDeadlockNorParkAMessage() throws Exception {
        plantFixture();
        ExecutorService people = Executors.newFixedThreadPool(4);
        people.submit(() -> repeat("count", this::countStock));
        people.submit(() -> repeat("receive", this::orderAndReceive));
        people.submit(() -> repeat("ship", this::shipOldest));
        people.submit(() -> repeat("approve", this::approveOldest));

        Instant started = Instant.now();
        List<String> messageIds = new ArrayList<>();
        List<Long> quotes = new ArrayList<>();
        for (int sent = 0; sent < ORDERS; sent += SENT_PER_COMMIT) {
            transaction.begin();
            for (int i = 0; i < SENT_PER_COMMIT; i++) {
                OrderSubmitted order = randomOrder();
                TextMessage message = jms.createTextMessage(order.toJson());
                jms.createProducer().send(intakeQueue, message);
                messageIds.add(message.getJMSMessageID());
                quotes.add(order.quoteId());
            }
            transaction.commit();
        }
        long received = awaitOrders(quotes);
        Duration intake = Duration.between(started, Instant.now());
        running.set(false);
        people.shutdown();
        assertTrue(people.awaitTermination(60, TimeUnit.SECONDS), "the warehouse threads stop");

        // Everything wrong at once, counted, so a failing run says how bad it was.
        List<String> failures = failedAttempts(messageIds);
        List<String> parked = parkedOrders();
        List<String> problems = new ArrayList<>();
        if (!failures.isEmpty()) {
            problems.add(failures.size() + " failed delivery attempts, " + failures.stream().filter(f -> f.contains("Deadlock")).count()
                    + " of them deadlocks; first: " + failures.subList(0, Math.min(5, failures.size())));
        }
        if (!parked.isEmpty()) {
            problems.add(parked.size() + " orders parked in the DLQ");
        }
        if (received != ORDERS) {
            problems.add(received + " of " + ORDERS + " quotes have an order after " + SETTLE.toSeconds() + " s");
        }
        if (!actionErrors.isEmpty()) {
            problems.add(actionErrors.size() + " actions of people failed on a lock; first: "
                    + actionErrors.subList(0, Math.min(5, actionErrors.size())));
        }
        for (String sku : skus) {
            stockProblems(sku).forEach(problem -> problems.add(sku + ": " + problem));
        }
        assertEquals(List.of(), problems, "after " + ORDERS + " orders of " + CUSTOMERS + " customers over " + PRODUCTS + " products");
        assertEquals(ORDERS, count("SELECT COUNT(DISTINCT quote_id) FROM sales_order WHERE crm_account_id IN (" + inAccounts() + ")",
                null), "exactly one order per quote");
        assertTrue(actions.values().stream().allMatch(n -> n.get() > 0), "every kind of action ran during the intake: " + actions);
        System.out.printf("ErpContentionIT: %d orders of %d customers over %d products taken in %d ms (%.0f/s), with %s%n",
                ORDERS, CUSTOMERS, PRODUCTS, intake.toMillis(), ORDERS * 1000.0 / Math.max(1, intake.toMillis()), actions);
    }

    // ---- what the people do while orders arrive ---------------------------------------

    private interface Action {
        void run() throws Exception;
    }

    private void repeat(String name, Action action) {
        while (running.get()) {
            try {
                action.run();
                actions.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            } catch (OrderStateException refused) {
                // A business refusal (not reserved in full yet, already shipped): what a person may meet too.
            } catch (Exception e) {
                actionErrors.add(name + ": " + FailureLog.reasonOf(e));
            }
        }
    }

    /** A stock count finds two more of one product. */
    private void countStock() throws Exception {
        String sku = skus.get(ThreadLocalRandom.current().nextInt(PRODUCTS));
        erin.call(() -> catalog.adjustStock(sku, 2, "contention test count"));
        Thread.sleep(20);
    }

    /** A purchase order over every product, its lines in descending SKU order, received in full: waiting orders get their stock. */
    private void orderAndReceive() throws Exception {
        long acme = count("SELECT id FROM organisation WHERE alias = ?", "acme");
        List<NewPurchaseOrderLine> lines = new ArrayList<>();
        List<String> descending = new ArrayList<>(skus);
        Collections.reverse(descending);
        descending.forEach(sku -> lines.add(new NewPurchaseOrderLine(sku, 6)));
        long id = erin.call(() -> purchasing.create(acme, lines)).id();
        erin.call(() -> purchasing.receive(id, descending.stream().collect(Collectors.toMap(sku -> sku, sku -> 6)), "contention"));
        Thread.sleep(50);
    }

    /** The oldest confirmed order of the fixture leaves the warehouse (refused while it is still short). */
    private void shipOldest() throws Exception {
        Long confirmed = oldest("CONFIRMED");
        if (confirmed != null) {
            erin.call(() -> orders.ship(confirmed));
        }
        Thread.sleep(20);
    }

    /** The manager releases the oldest credit hold: its stock is reserved while new orders arrive. */
    private void approveOldest() throws Exception {
        Long held = oldest("CREDIT_HOLD");
        if (held != null) {
            frank.call(() -> orders.approveCreditHold(held, "contention test: known customer"));
        }
        Thread.sleep(20);
    }

    // ---- fixture --------------------------------------------------------------------------

    /**
     * Customers of alice's (frank's team), the last one already known to the ERP with a credit
     * limit that holds most of its orders; products supplied by Acme with enough stock for some
     * orders and not for all.
     */
    private void plantFixture() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement account = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status) "
                     + "VALUES (?, 'EAST', 'alice', 'ACTIVE')", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement product = c.prepareStatement("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, "
                     + "reserved, reorder_level, supplier_organisation_id) VALUES (?, ?, 10.00, 'EUR', ?, 0, 5, "
                     + "(SELECT id FROM organisation WHERE alias = 'acme'))");
             PreparedStatement customer = c.prepareStatement("INSERT INTO erp_customer (crm_account_id, credit_limit, balance, created_at) "
                     + "VALUES (?, 40.00, 0, CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < CUSTOMERS; i++) {
                account.setString(1, "Contention customer " + UUID.randomUUID());
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    accounts.add(keys.getLong(1));
                }
            }
            customer.setLong(1, accounts.get(CUSTOMERS - 1));
            customer.executeUpdate();
            String prefix = "C-" + UUID.randomUUID().toString().substring(0, 8) + "-";
            for (int i = 0; i < PRODUCTS; i++) {
                skus.add(prefix + i);
                product.setString(1, prefix + i);
                product.setString(2, "Contention product " + i);
                product.setInt(3, INITIAL_STOCK);
                product.executeUpdate();
            }
        }
    }

    /** One to three lines over the shared products, in random order, one to three of each. */
    private OrderSubmitted randomOrder() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> chosen = new ArrayList<>(skus);
        Collections.shuffle(chosen, random);
        List<OrderSubmitted.Line> lines = chosen.subList(0, 1 + random.nextInt(PRODUCTS)).stream()
                .map(sku -> new OrderSubmitted.Line(sku, 1 + random.nextInt(3), new BigDecimal("10.00")))
                .toList();
        return OrderSubmitted.of(random.nextLong(1_000_000_000L, 9_000_000_000_000L), accounts.get(random.nextInt(CUSTOMERS)),
                PLANTED_SCOPE, "EUR",
                lines, "alice", Instant.now());
    }

    // ---- what the database says -----------------------------------------------------------

    private long awaitOrders(List<Long> quotes) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE);
        Set<Long> expected = Set.copyOf(quotes);
        long found;
        do {
            found = count("SELECT COUNT(*) FROM sales_order WHERE crm_account_id IN (" + inAccounts() + ")", null);
            if (found >= expected.size()) {
                return found;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return found;
    }

    /** Dead letters of the fixture's customers, read in the DLQ itself (as integration operations). */
    private List<String> parkedOrders() throws Exception {
        List<String> parked = new ArrayList<>();
        try (JMSContext browsing = operations.createContext(); QueueBrowser browser = browsing.createBrowser(deadLetters)) {
            for (Object message : Collections.list(browser.getEnumeration())) {
                String body = ((Message) message).getBody(String.class);
                // Only orders: the ERP's events about these made-up quotes are parked by the CRM, as they should be.
                if (body != null && body.contains("\"type\":\"crm.OrderSubmitted\"")
                        && accounts.stream().anyMatch(a -> body.contains("\"crmAccountId\":" + a + ","))) {
                    parked.add(body);
                }
            }
        }
        return parked;
    }

    private List<String> failedAttempts(List<String> messageIds) throws SQLException {
        List<String> failed = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT jms_message_id, attempt, reason FROM integration_failure "
                     + "WHERE jms_message_id IN (" + String.join(",", Collections.nCopies(messageIds.size(), "?")) + ") ORDER BY id")) {
            for (int i = 0; i < messageIds.size(); i++) {
                query.setString(i + 1, messageIds.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    failed.add(rs.getString(1) + " attempt " + rs.getInt(2) + ": " + rs.getString(3));
                }
            }
        }
        return failed;
    }

    /** Reserved within what is on hand, and both exactly what the product's recorded movements add up to. */
    private List<String> stockProblems(String sku) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT p.stock_on_hand, p.reserved, "
                     + "(SELECT COALESCE(SUM(m.on_hand_change), 0) FROM stock_movement m WHERE m.sku = p.sku), "
                     + "(SELECT COALESCE(SUM(m.reserved_change), 0) FROM stock_movement m WHERE m.sku = p.sku), "
                     + "(SELECT COALESCE(SUM(r.quantity), 0) FROM stock_reservation r JOIN sales_order_line l ON l.id = r.sales_order_line_id "
                     + "JOIN sales_order o ON o.id = l.sales_order_id WHERE l.sku = p.sku AND o.status = 'CONFIRMED') "
                     + "FROM product p WHERE p.sku = ?")) {
            query.setString(1, sku);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                int onHand = rs.getInt(1);
                int reserved = rs.getInt(2);
                List<String> problems = new ArrayList<>();
                if (reserved < 0 || reserved > onHand) {
                    problems.add(reserved + " reserved of " + onHand + " on hand");
                }
                if (onHand != INITIAL_STOCK + rs.getInt(3)) {
                    problems.add(onHand + " on hand, but the movements add up to " + (INITIAL_STOCK + rs.getInt(3)));
                }
                if (reserved != rs.getInt(4)) {
                    problems.add(reserved + " reserved, but the movements add up to " + rs.getInt(4));
                }
                if (reserved != rs.getInt(5)) {
                    problems.add(reserved + " reserved, but confirmed orders hold " + rs.getInt(5));
                }
                return problems;
            }
        }
    }

    private Long oldest(String status) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT MIN(id) FROM sales_order WHERE status = ? AND crm_account_id IN ("
                     + inAccounts() + ")")) {
            query.setString(1, status);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? null : id;
            }
        }
    }

    private String inAccounts() {
        return accounts.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
