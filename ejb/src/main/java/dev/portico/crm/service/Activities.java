package dev.portico.crm.service;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Activities: calls, mails, visits and demos planned and done ({@code pipeline:view} / {@code
 * pipeline:edit} over whose activity it is: a rep's own, a manager's team's). An activity outside
 * the caller's scope answers like one that does not exist.
 */
@Local
public interface Activities {

    int MAX_LISTED = 500;

    /** Plans an activity on an account within the caller's customer scope, for an owner the caller's pipeline reaches. */
    ActivitySummary plan(@NotNull @Valid NewActivity activity);

    /**
     * Done, with its outcome, at {@code at} (null: now): from then on it is contact for the cadence.
     *
     * @throws dev.portico.crm.domain.PipelineStateException when it was done or cancelled before, or {@code at} lies ahead
     */
    ActivitySummary done(long id, @NotBlank @Size(max = 1000) String outcome, Instant at);

    ActivitySummary cancel(long id);

    /** The planned activities in reach whose time falls on a day of [from, to] (UTC), soonest first. */
    List<ActivitySummary> calendar(@NotNull LocalDate from, @NotNull LocalDate to);

    /** An opportunity's activities, planned and done, newest first. */
    List<ActivitySummary> ofOpportunity(long opportunityId);
}
