package dev.portico.access.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** Who a partner administrator invites: the e-mail address becomes the username. */
public record NewPartnerMember(@NotBlank @Email @Size(max = 100) String email,
                               @NotBlank @Size(max = 100) String firstName,
                               @NotBlank @Size(max = 100) String lastName,
                               @NotEmpty Set<@NotBlank @Size(max = 64) String> roles) implements Serializable {

    public NewPartnerMember {
        roles = roles == null ? null : Set.copyOf(roles);
    }
}
