package dev.portico.erp.service.internal;

import dev.portico.contract.ErpEvent;
import dev.portico.contract.ErpEventType;
import dev.portico.erp.domain.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;

/** The contract's event for something that happened to an order: the order's ids, never customer data. */
final class OrderEventFactory {

    private OrderEventFactory() {
    }

    static ErpEvent about(SalesOrder order, ErpEventType type, BigDecimal amount, BigDecimal balance, String detail,
                          Instant at) {
        return ErpEvent.of(type, order.getQuoteId(), order.getId(), order.getCustomer().getCrmAccountId(), amount, balance,
                detail, at);
    }
}
