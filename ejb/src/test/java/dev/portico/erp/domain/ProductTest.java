package dev.portico.erp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductTest {

    private final Product drill = new Product("DRILL", "Drill", new BigDecimal("150.00"), "EUR", 6, 10, 1L);

    @Test
    void reserveGrantsAtMostWhatIsAvailable() {
        assertEquals(4, drill.reserve(4));
        assertEquals(2, drill.reserve(5));
        assertEquals(0, drill.reserve(1));
        assertEquals(6, drill.getReserved());
        assertEquals(0, drill.available());
    }

    @Test
    void reservedStockCannotBeCountedAway() {
        drill.reserve(4);
        assertThrows(StockException.class, () -> drill.adjustStock(-3));
        drill.adjustStock(-2);
        assertEquals(4, drill.getStockOnHand());
    }

    @Test
    void reorderBringsStockBackToTheReorderLevel() {
        assertEquals(13, drill.reorderQuantity(3));
    }

    @Test
    void onlyReservedStockShips() {
        drill.reserve(2);
        assertThrows(IllegalStateException.class, () -> drill.ship(3));
        drill.ship(2);
        assertEquals(4, drill.getStockOnHand());
        assertEquals(0, drill.getReserved());
    }

    @Test
    void everyStockChangeLeavesAMovementWithTheLevelsAfterIt() {
        drill.reserve(4);
        drill.ship(3);
        drill.adjustStock(-1);
        drill.receive(10);
        var movements = drill.takeMovements();
        assertEquals(java.util.List.of(StockMovementKind.RESERVATION, StockMovementKind.SHIPMENT, StockMovementKind.ADJUSTMENT,
                StockMovementKind.RECEIPT), movements.stream().map(StockMovement::getKind).toList());
        StockMovement shipment = movements.get(1);
        assertEquals(-3, shipment.getOnHandChange());
        assertEquals(-3, shipment.getReservedChange());
        assertEquals(3, shipment.getOnHandAfter());
        assertEquals(1, shipment.getReservedAfter());
        assertEquals(12, movements.get(3).getOnHandAfter());
        assertEquals(0, drill.takeMovements().size(), "taken once");
        assertThrows(StockException.class, () -> drill.adjustStock(0));
    }
}
