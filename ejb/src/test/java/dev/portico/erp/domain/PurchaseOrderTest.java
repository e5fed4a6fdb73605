package dev.portico.erp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {

    private final PurchaseOrder order = PurchaseOrder.manual(3L, "erin", Instant.EPOCH);

    PurchaseOrderTest() {
        order.addLine("BOLT", 10);
        order.addLine("NUT", 4);
    }

    @Test
    void partialReceiptsCompleteTheOrderLineByLine() {
        order.confirm("sam", Instant.EPOCH);
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
    void onlyAnOpenOrderIsConfirmedOrGetsLines() {
        order.confirm("sam", Instant.EPOCH);
        assertEquals("sam", order.getConfirmedBy());
        assertThrows(OrderStateException.class, () -> order.confirm("sam", Instant.EPOCH));
        assertThrows(OrderStateException.class, () -> order.addLine("SCREW", 1));
    }
}
