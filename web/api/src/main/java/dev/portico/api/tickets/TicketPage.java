package dev.portico.api.tickets;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of tickets; {@code next} links the following page, {@code null} on the last. */
@JsonbNillable
public record TicketPage(List<TicketRepresentation> items, String next) {
}
