package dev.portico.erp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The order's state machine, credit decision, reservation split and money, without a container. */
class SalesOrderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final ErpCustomer customer = new ErpCustomer(42, new BigDecimal("1000.00"), NOW);
    private final Product bolts = new Product("BOLT", "Bolts", new BigDecimal("2.00"), "EUR", 100, 10, 7L);
    private final Product drills = new Product("DRILL", "Drill", new BigDecimal("150.00"), "EUR", 3, 2, 7L);
    private final List<String> lockOrder = new ArrayList<>();
    private final Function<String, Product> products = sku -> {
        lockOrder.add(sku);
        return Map.of("BOLT", bolts, "DRILL", drills).get(sku);
    };

    private SalesOrder order(Object... skuAndQuantity) {
        SalesOrder order = SalesOrder.receive(7, customer, "EUR", "alice", NOW, NOW);
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            String sku = (String) skuAndQuantity[i];
            int quantity = (Integer) skuAndQuantity[i + 1];
            order.addLine(sku, quantity, sku.equals("BOLT") ? new BigDecimal("2.00") : new BigDecimal("150.00"));
        }
        return order;
    }

    private SalesOrder confirmed(Object... lines) {
        SalesOrder order = order(lines);
        assertTrue(order.applyCreditCheck(customer.checkCredit(BigDecimal.ZERO, order.getTotal()), NOW));
        return order;
    }

    @Test
    void totalIsTheSumOfTheLines() {
        assertEquals(new BigDecimal("320.00"), order("BOLT", 10, "DRILL", 2).getTotal());
    }

    @Test
    void withinCreditTheOrderIsConfirmed() {
        SalesOrder order = confirmed("BOLT", 10);
        assertEquals(OrderStatus.CONFIRMED, order.getStatus());
    }

    @Test
    void overCreditTheOrderIsHeldWithTheReason() {
        SalesOrder order = order("DRILL", 7);
        assertFalse(order.applyCreditCheck(customer.checkCredit(BigDecimal.ZERO, order.getTotal()), NOW));
        assertEquals(OrderStatus.CREDIT_HOLD, order.getStatus());
        assertTrue(order.getHoldReason().contains("1050.00"), order.getHoldReason());
        assertThrows(OrderStateException.class, () -> order.reserve(products, NOW), "a held order reserves nothing");
        assertThrows(OrderStateException.class, () -> order.ship(products, "erin", NOW, null, null));
    }

    @Test
    void approvingAHoldConfirmsItOnce() {
        SalesOrder order = order("DRILL", 7);
        order.applyCreditCheck(customer.checkCredit(BigDecimal.ZERO, order.getTotal()), NOW);
        order.approveCreditHold("frank", "long-standing customer", NOW);

        assertEquals(OrderStatus.CONFIRMED, order.getStatus());
        assertEquals("frank", order.getApprovedBy());
        assertThrows(OrderStateException.class, () -> order.approveCreditHold("frank", "again", NOW));
        assertThrows(OrderStateException.class, () -> confirmed("BOLT", 1).approveCreditHold("frank", "not held", NOW));
    }

    @Test
    void reservationTakesWhatIsAvailableAndReportsTheRest() {
        SalesOrder order = confirmed("DRILL", 5, "BOLT", 40);

        List<Shortage> shortages = order.reserve(products, NOW);

        assertEquals(List.of(new Shortage(1, "DRILL", 2)), shortages);
        assertEquals("DRILL short by 2", shortages.get(0).describe());
        assertEquals(3, drills.getReserved());
        assertEquals(0, drills.available());
        assertEquals(40, bolts.getReserved());
        assertEquals(List.of("BOLT", "DRILL"), lockOrder, "products are locked in SKU order, whatever the line order");
    }

    @Test
    void aLaterReservationTopsUpOnlyWhatIsStillOutstanding() {
        SalesOrder order = confirmed("DRILL", 5);
        order.reserve(products, NOW);
        drills.adjustStock(10);

        assertEquals(List.of(), order.reserve(products, NOW));
        assertEquals(5, drills.getReserved());
        assertEquals(0, order.getLines().get(0).unreserved());
    }

    @Test
    void anOrderShipsOnlyWhenFullyReserved() {
        SalesOrder order = confirmed("DRILL", 5);
        order.reserve(products, NOW);
        OrderStateException refused = assertThrows(OrderStateException.class, () -> order.ship(products, "erin", NOW, null, null));
        assertTrue(refused.getMessage().contains("DRILL short by 2"), refused.getMessage());

        drills.adjustStock(2);
        order.reserve(products, NOW);
        order.ship(products, "erin", NOW, null, null);

        assertEquals(OrderStatus.SHIPPED, order.getStatus());
        assertEquals(0, drills.getStockOnHand());
        assertEquals(0, drills.getReserved());
        assertThrows(OrderStateException.class, () -> order.ship(products, "erin", NOW, null, null), "ships once");
    }

    @Test
    void invoiceAndPaymentsMoveTheBalance() {
        SalesOrder order = confirmed("BOLT", 100);
        order.reserve(products, NOW);
        assertThrows(OrderStateException.class, () -> order.invoice("dave", NOW, 30), "not shipped yet");
        order.ship(products, "erin", NOW, null, null);
        Invoice invoice = order.invoice("dave", NOW, 30);

        assertEquals(new BigDecimal("200.00"), invoice.getAmount());
        assertEquals(new BigDecimal("200.00"), customer.getBalance());

        order.pay(invoice, new BigDecimal("50.00"), "dave", NOW);
        assertEquals(OrderStatus.INVOICED, order.getStatus());
        assertEquals(new BigDecimal("150.00"), customer.getBalance());
        assertThrows(OrderStateException.class, () -> order.pay(invoice, new BigDecimal("150.01"), "dave", NOW), "overpayment");
        assertThrows(OrderStateException.class, () -> order.pay(invoice, BigDecimal.ZERO, "dave", NOW));

        order.pay(invoice, new BigDecimal("150.00"), "dave", NOW);
        assertEquals(OrderStatus.PAID, order.getStatus());
        assertEquals(0, customer.getBalance().signum());
        assertThrows(OrderStateException.class, () -> order.pay(invoice, BigDecimal.ONE, "dave", NOW), "nothing left to pay");
        assertThrows(OrderStateException.class, () -> order.invoice("dave", NOW, 30), "invoiced once");
    }

    @Test
    void linesAreFixedOnceTheOrderIsDecided() {
        SalesOrder order = confirmed("BOLT", 1);
        assertThrows(OrderStateException.class, () -> order.addLine("DRILL", 1, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> order("BOLT", 0));
        assertThrows(OrderStateException.class, () -> order().applyCreditCheck(customer.checkCredit(BigDecimal.ZERO, BigDecimal.ZERO), NOW));
    }

    @Test
    void statusesOnlyMoveForward() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : from.next()) {
                assertTrue(to.ordinal() > from.ordinal(), from + " -> " + to);
            }
        }
        assertTrue(OrderStatus.PAID.next().isEmpty());
    }
}
