package dev.portico.api.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /tickets/{id}/comments}. */
public record CommentRequest(@NotBlank @Size(max = 4000) String body) {
}
