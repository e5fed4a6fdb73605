package dev.portico.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * What the data scopes test on a CRM account, as the CRM publishes it: its sales territory, the
 * username of its owner and the alias of the partner organisation that serves it (none for a
 * direct customer). Staff and organisation references, no personal data of the customer. A
 * context that restricts its own records by the account's scope keeps a copy of these from the
 * messages it receives, instead of reading the CRM's tables.
 */
public record AccountScope(String territory, String ownerUsername, String partnerAlias) {

    /** Carried by no message yet: nothing restricted by it can match (only ALL sees such records). */
    public static final AccountScope UNKNOWN = new AccountScope(null, null, null);

    JsonObjectBuilder toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        add(json, "territory", territory);
        add(json, "owner", ownerUsername);
        add(json, "partner", partnerAlias);
        return json;
    }

    static AccountScope fromJson(JsonObject json) {
        if (json == null) {
            return UNKNOWN;
        }
        return new AccountScope(text(json, "territory"), text(json, "owner"), text(json, "partner"));
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        return json.containsKey(name) && json.get(name).getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : null;
    }
}
