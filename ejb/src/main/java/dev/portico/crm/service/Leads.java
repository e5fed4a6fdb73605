package dev.portico.crm.service;

import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Leads, staff's side ({@code leads:view} / {@code leads:edit} in the lead's territory for a rep,
 * everywhere for the sales manager, who also decides partners' registrations with
 * {@code leads:approve}). A lead outside the caller's scope answers like one that does not exist.
 * Partners register leads through {@link dev.portico.crm.partner.PartnerRegistrations}.
 */
@Local
public interface Leads {

    /** Enters a lead in a territory the caller works; owned by {@code owner}, or by the caller when none is given. */
    LeadSummary create(@NotNull @Valid NewLead lead);

    /** The inbox: newest first, paged by the database. */
    List<LeadSummary> list(@NotNull LeadFilter filter, @NotNull @Valid PageRequest page);

    /** Keyset paging for API clients: up to {@code limit} leads with an id above {@code afterId}, in id order. */
    List<LeadSummary> listAfter(@NotNull LeadFilter filter, @PositiveOrZero long afterId, @Min(1) @Max(PageRequest.MAX_SIZE + 1) int limit);

    Optional<LeadSummary> find(long id);

    LeadSummary contacted(long id);

    /**
     * Converts an open lead, in one transaction and once, into a prospect account (the lead's
     * company, territory and partner; its owner, or the caller), the lead's contact as the
     * account's first contact, and an opportunity. Nothing reaches the ERP: a prospect is the
     * CRM's alone until a quote of it is signed.
     *
     * @throws dev.portico.crm.domain.PipelineStateException when it was qualified or disqualified
     *         before, or is a partner's registration not yet accepted
     */
    QualifiedLead qualify(long id, @NotNull @Valid Qualification qualification);

    LeadSummary disqualify(long id, @NotBlank @Size(max = 500) String reason);

    /** A sales manager accepts a partner's registration (giving it an owner) or rejects it. */
    LeadSummary decideRegistration(long id, boolean accept, @Size(max = 100) String owner, @Size(max = 500) String note);
}
