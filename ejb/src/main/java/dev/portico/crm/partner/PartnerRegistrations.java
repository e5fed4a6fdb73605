package dev.portico.crm.partner;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Deal registration in the external portal ({@code leads:edit} / {@code leads:view} over the
 * caller's organisation): a distributor registers a prospect, the company accepts or rejects it,
 * the distributor sees only their organisation's registrations.
 */
@Local
public interface PartnerRegistrations {

    int MAX_LISTED = 200;

    PartnerRegistration register(@NotNull @Valid NewRegistration registration);

    /** The organisation's registrations, newest first, at most {@link #MAX_LISTED}. */
    List<PartnerRegistration> mine();
}
