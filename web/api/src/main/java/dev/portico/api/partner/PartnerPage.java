package dev.portico.api.partner;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of a partner list, newest first; {@code next} links the following page, {@code null} on the last. */
@JsonbNillable
public record PartnerPage<T>(List<T> items, String next) {
}
