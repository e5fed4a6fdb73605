package dev.portico.contract;

/** What the ERP tells the CRM about an order. Names are part of the wire format: add, never rename. */
public enum ErpEventType {
    /** Credit check passed, stock reserved; {@code amount} is the order total. */
    ORDER_CONFIRMED,
    /** Over the customer's credit limit: waits for someone with {@code orders:approve}; {@code amount} is the order total. */
    ORDER_ON_CREDIT_HOLD,
    /** A line could not be reserved in full; {@code detail} names the SKU and the quantity short. */
    STOCK_SHORTAGE,
    SHIPPED,
    /** {@code amount} is the invoiced amount. */
    INVOICED,
    /** {@code amount} is the amount paid; {@code balance} the customer's outstanding balance after it. */
    PAYMENT_RECEIVED
}
