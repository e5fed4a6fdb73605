package dev.portico.erp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {

    private final PurchaseOrder order = PurchaseOrder.manual(3L, "erin", Instant.EPOCH);

    PurchaseOrderTest() {
        order.addLine("BOLT", 10);
        order.addLine("NUT", 4);
    }

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Map<String, LocalDate> PROMISED = Map.of("BOLT", DAY, "NUT", DAY);

    @Test
    void partialReceiptsCompleteTheOrderLineByLine() {
        order.confirm("sam", Instant.EPOCH, PROMISED, DAY);
        order.receive(Map.of("BOLT", 6));
        assertEquals(PurchaseOrderStatus.PARTLY_RECEIVED, order.getStatus());
        order.receive(Map.of("BOLT", 4, "NUT", 4));
        assertEquals(PurchaseOrderStatus.RECEIVED, order.getStatus());
        assertThrows(OrderStateException.class, () -> order.receive(Map.of("NUT", 1)), "nothing more arrives on a received order");
    }

    @Test
    void aLineNeverTakesMoreThanWasOrderedNorAnotherProduct() {
        assertThrows(OrderStateException.class, () -> order.receive(Map.of("BOLT", 11)));
        assertThrows(OrderStateException.class, () -> order.receive(Map.of("SCREW", 1)));
        assertThrows(OrderStateException.class, () -> order.receive(Map.of()));
        assertEquals(PurchaseOrderStatus.OPEN, order.getStatus());
    }

    @Test
    void aConfirmationPromisesADateForEveryLineNoneInThePast() {
        assertThrows(OrderStateException.class, () -> order.confirm("sam", Instant.EPOCH, Map.of("BOLT", DAY), DAY), "NUT has no date");
        assertThrows(OrderStateException.class,
                () -> order.confirm("sam", Instant.EPOCH, Map.of("BOLT", DAY, "NUT", DAY.minusDays(1)), DAY), "yesterday");
        assertEquals(PurchaseOrderStatus.OPEN, order.getStatus());
        order.confirm("sam", Instant.EPOCH, Map.of("BOLT", DAY, "NUT", DAY.plusDays(3)), DAY);
        assertEquals(DAY.plusDays(3), order.getLines().stream().filter(l -> l.getSku().equals("NUT")).findFirst().orElseThrow().getPromisedDate());
    }

    @Test
    void anAcceptedChangeTakesTheSuppliersQuantitiesAndDatesAndConfirms() {
        PurchaseOrderChange change = PurchaseOrderChange.propose(order, "sam", Instant.EPOCH, "only 8 bolts this month",
                List.of(new PurchaseOrderChange.Line("BOLT", 8, DAY.plusDays(10))), DAY);
        order.acceptChange(change, Instant.EPOCH);
        assertEquals(PurchaseOrderStatus.CONFIRMED, order.getStatus());
        assertEquals("sam", order.getConfirmedBy());
        PurchaseOrderLine bolts = order.getLines().stream().filter(l -> l.getSku().equals("BOLT")).findFirst().orElseThrow();
        assertEquals(8, bolts.getQuantity());
        assertEquals(DAY.plusDays(10), bolts.getPromisedDate());
    }

    @Test
    void aChangeNamesOnlyTheOrdersProductsAndFutureDates() {
        assertThrows(OrderStateException.class, () -> PurchaseOrderChange.propose(order, "sam", Instant.EPOCH, null,
                List.of(new PurchaseOrderChange.Line("SCREW", 1, DAY)), DAY));
        assertThrows(OrderStateException.class, () -> PurchaseOrderChange.propose(order, "sam", Instant.EPOCH, null,
                List.of(new PurchaseOrderChange.Line("BOLT", 1, DAY.minusDays(1))), DAY));
        assertThrows(OrderStateException.class, () -> PurchaseOrderChange.propose(order, "sam", Instant.EPOCH, null, List.of(), DAY));
    }

    @Test
    void onlyAnOpenOrderIsConfirmedOrGetsLines() {
        order.confirm("sam", Instant.EPOCH, PROMISED, DAY);
        assertEquals("sam", order.getConfirmedBy());
        assertThrows(OrderStateException.class, () -> order.confirm("sam", Instant.EPOCH, PROMISED, DAY));
        assertThrows(OrderStateException.class, () -> order.addLine("SCREW", 1));
    }
}
