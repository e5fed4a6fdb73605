package dev.portico.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /partner/orders/{id}/approve} and {@code …/reject}. */
public record DecisionRequest(@NotBlank @Size(max = 500) String reason) {
}
