package dev.portico.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void anOrderSurvivesTheWireAndCarriesNoNames() {
        OrderSubmitted order = OrderSubmitted.of(7, 42, new AccountScope("EAST", "alice", "northwind"), "EUR",
                List.of(new OrderSubmitted.Line("SKU-1", 3, new BigDecimal("9.50")), new OrderSubmitted.Line("SKU-2", 1, new BigDecimal("100"))),
                "alice", Instant.parse("2026-11-25T10:00:00Z"));
        String json = order.toJson();
        assertEquals(order, OrderSubmitted.fromJson(json));
        assertEquals(new BigDecimal("128.50"), order.total());
        assertFalse(json.contains("name"), "no customer name on the wire: " + json);
    }

    @Test
    void anOrderFromBeforeTheAccountScopeWasCarriedHasAnUnknownOne() {
        OrderSubmitted order = OrderSubmitted.fromJson("{\"type\":\"crm.OrderSubmitted\",\"messageId\":\"m\",\"quoteId\":7,"
                + "\"crmAccountId\":42,\"currency\":\"EUR\",\"lines\":[{\"sku\":\"SKU-1\",\"quantity\":1,\"unitPrice\":2}],"
                + "\"signedBy\":\"alice\",\"signedAt\":\"2026-11-25T10:00:00Z\"}");
        assertEquals(AccountScope.UNKNOWN, order.account());
        OrderSubmitted direct = OrderSubmitted.of(8, 43, new AccountScope("WEST", "bob", null), "EUR", order.lines(), "bob",
                Instant.parse("2026-11-25T10:00:00Z"));
        assertEquals(direct, OrderSubmitted.fromJson(direct.toJson()));
    }

    @Test
    void anEventSurvivesTheWireWithAndWithoutAmounts() {
        ErpEvent paid = ErpEvent.of(ErpEventType.PAYMENT_RECEIVED, 7, 3, 42, new BigDecimal("50.00"), new BigDecimal("78.50"), null,
                Instant.parse("2026-11-25T10:00:00Z"));
        assertEquals(paid, ErpEvent.fromJson(paid.toJson()));
        ErpEvent shipped = ErpEvent.of(ErpEventType.SHIPPED, 7, 3, 42, null, null, "2 parcels", Instant.parse("2026-11-25T11:00:00Z"));
        assertEquals(shipped, ErpEvent.fromJson(shipped.toJson()));
    }

    @Test
    void foreignMessagesAndEmptyOrdersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderSubmitted.fromJson("{\"type\":\"other\"}"));
        assertThrows(IllegalArgumentException.class, () -> ErpEvent.fromJson("{\"type\":\"crm.OrderSubmitted\"}"));
        assertThrows(IllegalArgumentException.class, () -> OrderSubmitted.of(1, 1, AccountScope.UNKNOWN, "EUR", List.of(), "alice", Instant.now()));
    }
}
