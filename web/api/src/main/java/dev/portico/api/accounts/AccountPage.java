package dev.portico.api.accounts;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of accounts; {@code next} is the link to the following page, {@code null} on the last. */
@JsonbNillable
public record AccountPage(List<AccountRepresentation> items, String next) {
}
