package dev.portico.crm.event;

import dev.portico.contract.ErpEventType;
import java.io.Serializable;
import java.time.Instant;

/**
 * Something about a customer's order that its account owner should see at once (a stock
 * shortage, a credit hold). A CDI event, observed after commit by the portals, which push it to
 * the owner's open pages: never announced for a change that rolled back.
 */
public record OrderAlertEvent(String ownerUsername, long accountId, String accountName, long quoteId, ErpEventType type,
                              String detail, Instant occurredAt) implements Serializable {

    /** Whether an ERP event of this type is news the account owner must see now. */
    public static boolean alerts(ErpEventType type) {
        return type == ErpEventType.STOCK_SHORTAGE || type == ErpEventType.ORDER_ON_CREDIT_HOLD;
    }
}
