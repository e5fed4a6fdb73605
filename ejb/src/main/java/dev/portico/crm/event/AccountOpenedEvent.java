package dev.portico.crm.event;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** A customer account was opened in the CRM. {@code messageId} lets consumers drop duplicates. */
public record AccountOpenedEvent(String messageId, long accountId, Instant occurredAt) {

    public static final String TYPE = "crm.AccountOpened";

    public static AccountOpenedEvent of(long accountId, Instant occurredAt) {
        return new AccountOpenedEvent(UUID.randomUUID().toString(), accountId, occurredAt);
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("type", TYPE)
                .add("messageId", messageId)
                .add("accountId", accountId)
                .add("occurredAt", occurredAt.toString())
                .build()
                .toString();
    }

    public static AccountOpenedEvent fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            if (!TYPE.equals(o.getString("type", null))) {
                throw new IllegalArgumentException("not an " + TYPE + " message: " + o.getString("type", "?"));
            }
            return new AccountOpenedEvent(o.getString("messageId"), o.getJsonNumber("accountId").longValueExact(),
                    Instant.parse(o.getString("occurredAt")));
        }
    }
}
