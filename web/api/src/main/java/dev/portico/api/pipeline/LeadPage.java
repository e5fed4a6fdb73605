package dev.portico.api.pipeline;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of leads; {@code next} links the following page, {@code null} on the last. */
@JsonbNillable
public record LeadPage(List<LeadRepresentation> items, String next) {
}
