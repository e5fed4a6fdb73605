package dev.portico.erp.service.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.erp.service.internal.LockOrder.Kind;
import org.junit.jupiter.api.Test;

class LockOrderTest {

    private final LockOrder order = new LockOrder();

    @Test
    void customerThenProductsBySkuThenSalesOrdersThenPurchaseOrdersIsTheOrder() {
        assertDoesNotThrow(() -> {
            order.next(Kind.CUSTOMER, 7L);
            order.next(Kind.PRODUCT, "A-1");
            order.next(Kind.PRODUCT, "B-1");
            order.next(Kind.SALES_ORDER, 3L);
            order.next(Kind.SALES_ORDER, 12L);
            order.next(Kind.PURCHASE_ORDER, 1L);
        });
    }

    @Test
    void aProductAfterAnOrderIsRefused() {
        order.next(Kind.SALES_ORDER, 3L);
        assertThrows(IllegalStateException.class, () -> order.next(Kind.PRODUCT, "A-1"));
    }

    @Test
    void aCustomerAfterAProductIsRefused() {
        order.next(Kind.PRODUCT, "A-1");
        assertThrows(IllegalStateException.class, () -> order.next(Kind.CUSTOMER, 7L));
    }

    @Test
    void productsOutOfSkuOrderAreRefused() {
        order.next(Kind.PRODUCT, "B-1");
        assertThrows(IllegalStateException.class, () -> order.next(Kind.PRODUCT, "A-1"));
    }

    @Test
    void ordersOutOfIdOrderAreRefusedAndTheSameOneAgainIsNot() {
        order.next(Kind.SALES_ORDER, 12L);
        assertDoesNotThrow(() -> order.next(Kind.SALES_ORDER, 12L));
        assertThrows(IllegalStateException.class, () -> order.next(Kind.SALES_ORDER, 3L));
    }
}
