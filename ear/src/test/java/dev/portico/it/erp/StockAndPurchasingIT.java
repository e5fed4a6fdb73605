package dev.portico.it.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.contract.AccountScope;
import dev.portico.contract.Destinations;
import dev.portico.contract.OrderSubmitted;
import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.PurchaseOrderStatus;
import dev.portico.erp.domain.StockException;
import dev.portico.erp.domain.StockMovementKind;
import dev.portico.erp.service.NewPurchaseOrderLine;
import dev.portico.erp.service.NoSuchProductException;
import dev.portico.erp.service.NoSuchPurchaseOrderException;
import dev.portico.erp.service.OrderSummary;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductSummary;
import dev.portico.erp.service.PurchaseOrderDetail;
import dev.portico.erp.service.PurchaseOrderSummary;
import dev.portico.erp.service.PurchaseOrders;
import dev.portico.erp.service.SalesOrders;
import dev.portico.erp.service.StockMovementSummary;
import dev.portico.erp.service.UnknownSupplierException;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsFinance;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsSupplier;
import dev.portico.it.support.RunAsWarehouse;
import dev.portico.platform.paging.PageRequest;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products, stock movements and purchase orders through the ERP services, as the personas of
 * the demo realm: who may adjust, place, confirm and receive (and who not), every stock change
 * recorded with who and why, and a receipt that raises stock and releases the order that was
 * waiting for it. Every test plants its own products (supplied by Acme) and customer.
 */
@ExtendWith(ArquillianExtension.class)
class StockAndPurchasingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(StockAndPurchasingIT.class,
                RunAsSalesRep.class, RunAsWarehouse.class, RunAsSupplier.class, RunAsFinance.class);
    }

    @EJB
    private ProductCatalog catalog;
    @EJB
    private PurchaseOrders purchasing;
    @EJB
    private SalesOrders orders;
    @EJB
    private RunAsSalesRep alice;
    @EJB
    private RunAsWarehouse erin;
    @EJB
    private RunAsSupplier sam;
    @EJB
    private RunAsFinance dave;

    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext jms;
    @Resource(lookup = Destinations.ORDER_INTAKE_QUEUE)
    private Queue intakeQueue;
    @Resource
    private UserTransaction transaction;
    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void onlyTheWarehouseAdjustsStockAndEveryAdjustmentIsRecordedWithItsReason() throws Exception {
        String sku = plantProduct(10);

        assertThrows(AccessDeniedException.class, () -> alice.call(() -> catalog.adjustStock(sku, 5, "found a box")), "sales reps view only");
        assertThrows(AccessDeniedException.class, () -> dave.call(() -> catalog.find(sku)), "finance has no products module");
        EJBException noReason = assertThrows(EJBException.class, () -> erin.call(() -> catalog.adjustStock(sku, 5, " ")));
        assertInstanceOf(ConstraintViolationException.class, noReason.getCause(), "a reason is required");
        assertThrows(StockException.class, () -> erin.call(() -> catalog.adjustStock(sku, -11, "count")), "never below zero");

        ProductSummary counted = erin.call(() -> catalog.adjustStock(sku, -3, "stock-take: three boxes water-damaged"));

        assertEquals(7, counted.stockOnHand());
        List<StockMovementSummary> movements = alice.call(() -> catalog.movements(sku, 10));
        assertEquals(1, movements.size(), "one movement; the refused attempts left none");
        StockMovementSummary movement = movements.get(0);
        assertEquals(StockMovementKind.ADJUSTMENT, movement.kind());
        assertEquals(-3, movement.onHandChange());
        assertEquals(7, movement.onHandAfter());
        assertEquals("erin", movement.actor());
        assertEquals("stock-take: three boxes water-damaged", movement.reason());

        erin.call(() -> catalog.changePrice(sku, new BigDecimal("12.50")));
        assertEquals(0, new BigDecimal("12.50").compareTo(alice.call(() -> catalog.find(sku)).orElseThrow().unitPrice()));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> catalog.changePrice(sku, BigDecimal.ONE)));
    }

    @Test
    void theCatalogueIsSearchedSortedAndPagedInSql() throws Exception {
        String prefix = "Q" + UUID.randomUUID().toString().substring(0, 8);
        plantProduct(prefix + "-A", 30);
        plantProduct(prefix + "-B", 90);
        plantProduct(prefix + "-C", 60);

        assertEquals(3, alice.call(() -> catalog.count(prefix.toLowerCase())));
        List<String> byAvailable = alice.call(() -> catalog.page(prefix, new PageRequest(0, 10, "available", true)))
                .stream().map(ProductSummary::sku).toList();
        assertEquals(List.of(prefix + "-B", prefix + "-C", prefix + "-A"), byAvailable);
        assertEquals(List.of(prefix + "-C"), alice.call(() -> catalog.page(prefix, new PageRequest(1, 1, "available", true)))
                .stream().map(ProductSummary::sku).toList(), "the second page of one");
        assertEquals(List.of(prefix + "-A", prefix + "-B", prefix + "-C"),
                alice.call(() -> catalog.page(prefix, new PageRequest(0, 10, "sku; DROP TABLE product", false)))
                        .stream().map(ProductSummary::sku).toList(), "a tampered sort field falls back to SKU order");
    }

    @Test
    void aReceiptRaisesStockAndReleasesTheOrderThatWaitedForIt() throws Exception {
        String sku = plantProduct(4);
        long account = plantAccount();
        long quote = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
        send(OrderSubmitted.of(quote, account, AccountScope.UNKNOWN, "EUR", List.of(new OrderSubmitted.Line(sku, 10, new BigDecimal("10.00"))),
                "alice", Instant.now()));
        OrderSummary order = awaitConfirmed(quote);
        PurchaseOrderSummary raised = erin.call(() -> purchasing.list(PurchaseOrderStatus.OPEN, 0, PurchaseOrders.MAX_PAGE)).stream()
                .filter(po -> order.id() == po.salesOrderId()).findFirst().orElseThrow();
        assertEquals("erp", raised.createdBy());
        assertEquals("Acme Components", raised.supplierName());
        StockMovementSummary reservation = erin.call(() -> catalog.movements(sku, 10)).get(0);
        assertEquals(StockMovementKind.RESERVATION, reservation.kind());
        assertEquals(4, reservation.reservedChange());
        assertEquals(order.id(), reservation.salesOrderId());

        assertThrows(AccessDeniedException.class, () -> alice.call(() -> purchasing.find(raised.id())), "sales has no purchasing");
        assertThrows(AccessDeniedException.class, () -> sam.call(() -> purchasing.receive(raised.id(), Map.of(sku, 11), null)),
                "a supplier never counts goods into the warehouse");
        assertThrows(AccessDeniedException.class, () -> dave.call(() -> purchasing.receive(raised.id(), Map.of(sku, 11), null)));
        assertThrows(OrderStateException.class, () -> erin.call(() -> purchasing.receive(raised.id(), Map.of(sku, 12), null)),
                "no more than was ordered");

        PurchaseOrderDetail partly = erin.call(() -> purchasing.receive(raised.id(), Map.of(sku, 3), "first pallet"));

        assertEquals(PurchaseOrderStatus.PARTLY_RECEIVED, partly.order().status());
        assertEquals(8, partly.lines().get(0).outstanding());
        ProductSummary afterFirst = erin.call(() -> catalog.find(sku)).orElseThrow();
        assertEquals(7, afterFirst.stockOnHand());
        assertEquals(7, afterFirst.reserved(), "the waiting order took the three that arrived");
        List<StockMovementSummary> movements = erin.call(() -> catalog.movements(sku, 10));
        assertEquals(List.of(StockMovementKind.RESERVATION, StockMovementKind.RECEIPT, StockMovementKind.RESERVATION),
                movements.stream().map(StockMovementSummary::kind).toList(), "newest first");
        assertEquals(raised.id(), movements.get(1).purchaseOrderId());
        assertEquals("receipt on purchase order " + raised.id() + ": first pallet", movements.get(1).reason());
        assertEquals(order.id(), movements.get(0).salesOrderId());
        assertEquals(raised.id(), movements.get(0).purchaseOrderId());

        PurchaseOrderDetail received = erin.call(() -> purchasing.receive(raised.id(), Map.of(sku, 8), null));

        assertEquals(PurchaseOrderStatus.RECEIVED, received.order().status());
        assertEquals(OrderStatus.SHIPPED, erin.call(() -> orders.ship(order.id())).status());
        ProductSummary shipped = erin.call(() -> catalog.find(sku)).orElseThrow();
        assertEquals(5, shipped.stockOnHand(), "4 + 3 + 8 - 10: back at the reorder level");
        assertEquals(0, shipped.reserved());
        StockMovementSummary shipment = erin.call(() -> catalog.movements(sku, 1)).get(0);
        assertEquals(StockMovementKind.SHIPMENT, shipment.kind());
        assertEquals(-10, shipment.onHandChange());
        assertEquals(6, erin.call(() -> catalog.movements(sku, 50)).size(), "reserve, receive, reserve, receive, reserve, ship");
        assertThrows(OrderStateException.class, () -> erin.call(() -> purchasing.receive(raised.id(), Map.of(sku, 1), null)));
    }

    @Test
    void theWarehousePlacesAPurchaseOrderAndASupplierWithoutItsOrganisationReachesNone() throws Exception {
        String bolts = plantProduct(0);
        String nuts = plantProduct(0);
        long acme = single("SELECT id FROM organisation WHERE alias = 'acme'");
        long northwind = single("SELECT id FROM organisation WHERE alias = 'northwind'");
        List<NewPurchaseOrderLine> lines = List.of(new NewPurchaseOrderLine(bolts, 40), new NewPurchaseOrderLine(nuts, 15));

        assertThrows(AccessDeniedException.class, () -> sam.call(() -> purchasing.create(acme, lines)), "suppliers do not order from themselves");
        assertThrows(UnknownSupplierException.class, () -> erin.call(() -> purchasing.create(northwind, lines)), "a distributor supplies nothing");
        assertThrows(NoSuchProductException.class, () -> erin.call(() -> purchasing.create(acme, List.of(new NewPurchaseOrderLine("NO-SUCH", 1)))));

        PurchaseOrderSummary placed = erin.call(() -> purchasing.create(acme, lines));

        assertEquals(PurchaseOrderStatus.OPEN, placed.status());
        assertEquals("erin", placed.createdBy());
        assertEquals(2, erin.call(() -> purchasing.find(placed.id())).orElseThrow().lines().size());
        // In the server sam has no token, so no organisation: ORGANISATION scope reaches nothing (PurchasingPagesIT signs him in).
        assertTrue(sam.call(() -> purchasing.find(placed.id())).isEmpty());
        assertThrows(NoSuchPurchaseOrderException.class, () -> sam.call(() -> purchasing.confirm(placed.id(), java.time.LocalDate.now().plusDays(7))));
        assertTrue(sam.call(() -> purchasing.list(null, 0, 10)).isEmpty());
        assertEquals(PurchaseOrderStatus.CONFIRMED, erin.call(() -> purchasing.confirm(placed.id(), java.time.LocalDate.now().plusDays(7))).status());
        assertThrows(OrderStateException.class, () -> erin.call(() -> purchasing.confirm(placed.id(), java.time.LocalDate.now().plusDays(7))), "confirmed once");
    }

    private OrderSummary awaitConfirmed(long quote) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            var found = erin.call(() -> orders.findByQuote(quote)).filter(o -> o.status() == OrderStatus.CONFIRMED);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("order for quote " + quote + " not confirmed within " + WAIT);
    }

    /** As the CRM sends it: inside the transaction that signs the quote. */
    private void send(OrderSubmitted order) throws Exception {
        transaction.begin();
        try {
            jms.createProducer().send(intakeQueue, order.toJson());
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private String plantProduct(int stock) throws SQLException {
        String sku = "S-" + UUID.randomUUID().toString().substring(0, 12);
        plantProduct(sku, stock);
        return sku;
    }

    /** A product supplied by Acme at 10.00, reorder level 5. */
    private void plantProduct(String sku, int stock) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, "
                     + "reserved, reorder_level, supplier_organisation_id) VALUES (?, ?, 10.00, 'EUR', ?, 0, 5, "
                     + "(SELECT id FROM organisation WHERE alias = 'acme'))")) {
            insert.setString(1, sku);
            insert.setString(2, "Stock test product " + sku);
            insert.setInt(3, stock);
            insert.executeUpdate();
        }
    }

    /** A customer of alice's; the ERP maps it on its first order. It stays, as ERP rows refer to it. */
    private long plantAccount() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status) "
                     + "VALUES (?, 'EAST', 'alice', 'ACTIVE')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Stock test customer " + UUID.randomUUID());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
