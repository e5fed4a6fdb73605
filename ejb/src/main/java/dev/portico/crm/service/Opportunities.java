package dev.portico.crm.service;

import dev.portico.crm.domain.Stage;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opportunities ({@code pipeline:view} / {@code pipeline:edit}: a rep's own, a manager's team's,
 * by the opportunity's owner). One outside the caller's scope answers like one that does not exist.
 */
@Local
public interface Opportunities {

    /** Per board column at most this many, soonest close first. */
    int BOARD_COLUMN = 20;

    OpportunitySummary open(@NotNull @Valid NewOpportunity opportunity);

    /** Soonest close first, paged by the database. */
    List<OpportunitySummary> list(@NotNull OpportunityFilter filter, @NotNull @Valid PageRequest page);

    long count(@NotNull OpportunityFilter filter);

    /** Keyset paging for API clients: up to {@code limit} opportunities with an id above {@code afterId}, in id order. */
    List<OpportunitySummary> listAfter(@NotNull OpportunityFilter filter, @PositiveOrZero long afterId,
                                       @Min(1) @Max(PageRequest.MAX_SIZE + 1) int limit);

    /** The board: each stage's opportunities (at most {@link #BOARD_COLUMN}, soonest close first) and each stage's total count. */
    Board board(@NotNull OpportunityFilter filter);

    Map<Stage, Long> stageCounts(@NotNull OpportunityFilter filter);

    Optional<OpportunityDetail> find(long id);

    /**
     * Moves it to another open stage, or to LOST with {@code note} as the reason; recorded.
     *
     * @throws dev.portico.crm.domain.PipelineStateException when it is closed, or asked to be WON (a signed quote wins it)
     */
    OpportunitySummary move(long id, @NotNull Stage to, @Size(max = 500) String note);

    /** Makes a draft quote of the opportunity's account one of its quotes: signing it will win the opportunity. */
    OpportunitySummary attachQuote(long id, long quoteId);
}
