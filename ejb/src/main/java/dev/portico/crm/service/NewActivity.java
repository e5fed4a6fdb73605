package dev.portico.crm.service;

import dev.portico.crm.domain.InteractionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** A call, mail, visit or demo to plan: for an account (and perhaps one of its opportunities), at a time, by its owner (the caller when none). */
public record NewActivity(long accountId, Long opportunityId, @NotNull InteractionKind kind, @NotNull Instant at,
                          @Size(max = 100) String owner, @NotBlank @Size(max = 2000) String summary) implements Serializable {
}
