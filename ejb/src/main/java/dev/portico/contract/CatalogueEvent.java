package dev.portico.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A change to the ERP's catalogue, published on {@link Destinations#ERP_CATALOGUE_TOPIC}: a
 * product added, its name or list price changed, or the product discontinued (its last price
 * rides along). The CRM keeps its own price list from these
 * (so a quote is priced without a call to the ERP) and tells owners of open drafts whose prices
 * moved. {@code occurredAt} is the ERP's time: an older event delivered late changes nothing.
 */
public record CatalogueEvent(String messageId, Kind kind, String sku, String name, BigDecimal unitPrice, String currency,
                             Instant occurredAt) {

    public static final String TYPE = "erp.CatalogueEvent";

    /** What happened to the product; also the message's {@link ErpEvent#TYPE_PROPERTY}, naming the monitor's flow. */
    public enum Kind {
        PRODUCT_ADDED("ProductAdded"),
        PRICE_CHANGED("PriceChanged"),
        /** No longer sold: no new quote line is written for it; orders already received are still fulfilled. */
        PRODUCT_DISCONTINUED("ProductDiscontinued");

        private final String flow;

        Kind(String flow) {
            this.flow = flow;
        }

        /** The monitor's flow name, also the message's {@link ErpEvent#TYPE_PROPERTY}. */
        public String flow() {
            return flow;
        }
    }

    public static CatalogueEvent of(Kind kind, String sku, String name, BigDecimal unitPrice, String currency, Instant occurredAt) {
        return new CatalogueEvent(UUID.randomUUID().toString(), kind, sku, name, unitPrice, currency, occurredAt);
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("type", TYPE)
                .add("messageId", messageId)
                .add("kind", kind.name())
                .add("sku", sku)
                .add("name", name)
                .add("unitPrice", unitPrice)
                .add("currency", currency)
                .add("occurredAt", occurredAt.toString())
                .build().toString();
    }

    public static CatalogueEvent fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            if (!TYPE.equals(o.getString("type", null))) {
                throw new IllegalArgumentException("not an " + TYPE + " message: " + o.getString("type", "?"));
            }
            return new CatalogueEvent(o.getString("messageId"), Kind.valueOf(o.getString("kind")), o.getString("sku"), o.getString("name"),
                    o.getJsonNumber("unitPrice").bigDecimalValue(), o.getString("currency"), Instant.parse(o.getString("occurredAt")));
        }
    }
}
