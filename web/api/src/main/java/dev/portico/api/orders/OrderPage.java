package dev.portico.api.orders;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of orders; {@code next} links the following page, {@code null} on the last. */
@JsonbNillable
public record OrderPage(List<OrderRepresentation> items, String next) {
}
