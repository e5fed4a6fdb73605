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
}
