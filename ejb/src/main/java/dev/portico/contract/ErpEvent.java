package dev.portico.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing the ERP did with an order, published on {@link Destinations#ERP_EVENTS_TOPIC}.
 * {@code amount} and {@code balance} are {@code null} where the type has none. The CRM builds the
 * order timeline and the account's balance view from these.
 */
public record ErpEvent(String messageId, ErpEventType type, long quoteId, long erpOrderId, long crmAccountId,
                       BigDecimal amount, BigDecimal balance, String detail, Instant occurredAt) {

    public static final String TYPE = "erp.OrderEvent";
    /** Message property carrying {@link #type()}, for selectors. */
    public static final String TYPE_PROPERTY = "erpEventType";

    public static ErpEvent of(ErpEventType type, long quoteId, long erpOrderId, long crmAccountId, BigDecimal amount,
                              BigDecimal balance, String detail, Instant occurredAt) {
        return new ErpEvent(UUID.randomUUID().toString(), type, quoteId, erpOrderId, crmAccountId, amount, balance, detail, occurredAt);
    }

    public String toJson() {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("messageId", messageId)
                .add("event", type.name())
                .add("quoteId", quoteId)
                .add("erpOrderId", erpOrderId)
                .add("crmAccountId", crmAccountId)
                .add("occurredAt", occurredAt.toString());
        if (amount != null) {
            o.add("amount", amount);
        }
        if (balance != null) {
            o.add("balance", balance);
        }
        if (detail != null) {
            o.add("detail", detail);
        }
        return o.build().toString();
    }

    public static ErpEvent fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            if (!TYPE.equals(o.getString("type", null))) {
                throw new IllegalArgumentException("not an " + TYPE + " message: " + o.getString("type", "?"));
            }
            return new ErpEvent(o.getString("messageId"), ErpEventType.valueOf(o.getString("event")),
                    o.getJsonNumber("quoteId").longValueExact(), o.getJsonNumber("erpOrderId").longValueExact(),
                    o.getJsonNumber("crmAccountId").longValueExact(),
                    o.containsKey("amount") ? o.getJsonNumber("amount").bigDecimalValue() : null,
                    o.containsKey("balance") ? o.getJsonNumber("balance").bigDecimalValue() : null,
                    o.getString("detail", null), Instant.parse(o.getString("occurredAt")));
        }
    }
}
