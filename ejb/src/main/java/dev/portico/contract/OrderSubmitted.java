package dev.portico.contract;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A quote signed in the CRM, for the ERP to turn into a sales order. {@code quoteId} is the CRM's
 * reference and the idempotency key of the order: one quote, at most one ERP order.
 * {@code account} is what the data scopes of the account were at signature, so that the ERP
 * restricts its own order lists without reading the CRM's tables; {@link AccountScope#UNKNOWN}
 * in a message from before it was carried.
 */
public record OrderSubmitted(String messageId, long quoteId, long crmAccountId, String currency, List<Line> lines,
                             String signedBy, Instant signedAt, AccountScope account) {

    public static final String TYPE = "crm.OrderSubmitted";

    /** One product line: the ERP's SKU, how many, at what unit price (as quoted). */
    public record Line(String sku, int quantity, BigDecimal unitPrice) {
    }

    public OrderSubmitted {
        lines = List.copyOf(lines);
        account = account == null ? AccountScope.UNKNOWN : account;
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
    }

    public static OrderSubmitted of(long quoteId, long crmAccountId, AccountScope account, String currency, List<Line> lines,
                                    String signedBy, Instant signedAt) {
        return new OrderSubmitted(UUID.randomUUID().toString(), quoteId, crmAccountId, currency, lines, signedBy, signedAt, account);
    }

    public BigDecimal total() {
        return lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        lines.forEach(l -> array.add(Json.createObjectBuilder().add("sku", l.sku()).add("quantity", l.quantity())
                .add("unitPrice", l.unitPrice())));
        return Json.createObjectBuilder()
                .add("type", TYPE)
                .add("messageId", messageId)
                .add("quoteId", quoteId)
                .add("crmAccountId", crmAccountId)
                .add("currency", currency)
                .add("lines", array)
                .add("signedBy", signedBy)
                .add("signedAt", signedAt.toString())
                .add("account", account.toJson())
                .build().toString();
    }

    public static OrderSubmitted fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            if (!TYPE.equals(o.getString("type", null))) {
                throw new IllegalArgumentException("not an " + TYPE + " message: " + o.getString("type", "?"));
            }
            List<Line> lines = o.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .map(l -> new Line(l.getString("sku"), l.getInt("quantity"), l.getJsonNumber("unitPrice").bigDecimalValue()))
                    .toList();
            return new OrderSubmitted(o.getString("messageId"), o.getJsonNumber("quoteId").longValueExact(),
                    o.getJsonNumber("crmAccountId").longValueExact(), o.getString("currency"), lines, o.getString("signedBy"),
                    Instant.parse(o.getString("signedAt")), AccountScope.fromJson(o.getJsonObject("account")));
        }
    }
}
