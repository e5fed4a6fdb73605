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
 * Quotes, and signing one into an order for the ERP. A quote is within the caller's scope
 * exactly when its account is ({@code orders:view} to read, {@code orders:edit} to write); one
 * outside it answers like a quote that does not exist.
 */
@Local
public interface Quotes {

    int MAX_PAGE = 500;

    /**
     * A draft for an account within the caller's {@code orders:edit} scope; the total is the sum
     * of the lines. A line without a price gets the ERP's list price.
     *
     * @throws QuoteLinesException when a line names a product the ERP does not sell, or has no
     *         price and no list price in the quote's currency
     */
    QuoteSummary create(@NotNull @Valid NewQuote quote);

    /** Newest first, paged by the database. */
    List<QuoteSummary> list(@NotNull QuoteFilter filter, @NotNull @Valid PageRequest page);

    long count(@NotNull QuoteFilter filter);

    /**
     * Keyset paging for API clients: up to {@code limit} quotes with an id above {@code afterId},
     * in id order. One more than a page may be asked for, to learn whether another follows.
     */
    List<QuoteSummary> listAfter(@NotNull QuoteFilter filter, @PositiveOrZero long afterId, @Min(1) @Max(MAX_PAGE + 1) int limit);

    /** What the ERP reported about the quote's order, in the ERP's order; empty outside the caller's {@code orders:view} scope. */
    List<TimelineEntry> timeline(long quoteId);

    Optional<QuoteDetail> find(long quoteId);

    /**
     * The list prices that moved since the draft was written (the ERP's catalogue events), oldest
     * first; empty for a signed quote, and outside the caller's {@code orders:view} scope.
     */
    List<PriceChangeNotice> priceChanges(long quoteId);

    /**
     * Signs a draft and sends its {@code OrderSubmitted} to the ERP's intake queue in the same
     * transaction: both happen or neither does.
     *
     * @throws NoSuchRecordException for a missing quote or one outside the caller's scope
     * @throws dev.portico.crm.domain.ProspectQuoteException when the account is still a prospect
     * @throws dev.portico.crm.domain.QuoteNotDraftException when it was signed (or cancelled) before
     */
    QuoteSummary sign(long quoteId);

    /**
     * A sales manager ({@code orders:approve}) approves the discount on a draft beyond what its
     * owner may give, within the manager's own limit and never on their own quote; ledgered.
     * The owner signs it afterwards.
     */
    /**
     * "Order again": a new draft for the same account with a signed quote's products and
     * quantities, at today's prices (no discount carried over: a discount is given for one deal).
     *
     * @throws dev.portico.crm.domain.PipelineStateException when the quote is not signed
     */
    QuoteSummary orderAgain(long quoteId);

    QuoteSummary approveDiscount(long quoteId, @NotBlank @Size(max = 500) String reason);
}
