package dev.portico.api.products;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of products in SKU order; {@code next} links the following page, {@code null} on the last. */
@JsonbNillable
public record ProductPage(List<ProductRepresentation> items, String next) {
}
