package dev.portico.crm.service;

import dev.portico.crm.domain.AccountTier;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer accounts: the list with SQL-side filter, sort and paging, opening an account and making a prospect a customer. */
@Local
public interface CustomerAccounts {

    /** One page of the accounts matching the filter, sorted and paged by the database. */
    List<AccountSummary> list(@NotNull @Valid AccountFilter filter, @NotNull @Valid PageRequest page);

    /**
     * Keyset paging for API clients: up to {@code limit} accounts with an id above
     * {@code afterId} (0 for the start), in id order. Unlike offsets, a cursor costs the same on
     * the last page as on the first and skips nothing when rows are added meanwhile. One more
     * than a page may be asked for, to learn whether another page follows.
     */
    List<AccountSummary> listAfter(@NotNull @Valid AccountFilter filter, @PositiveOrZero long afterId,
                                   @Min(1) @Max(PageRequest.MAX_SIZE + 1) int limit);

    /** How many accounts match the filter in all pages. */
    long count(@NotNull @Valid AccountFilter filter);

    Optional<AccountSummary> find(long id);

    /** Opens an account and announces it with an {@code AccountOpenedEvent}, in one transaction. */
    AccountSummary open(@NotNull @Valid NewAccount account);

    /**
     * Makes a prospect a customer: from then on its quotes can be signed and reach the ERP. An
     * account outside the caller's scope answers like a missing one; an active account stays as it
     * is (activating twice is no error), an inactive one must be reopened first.
     */
    AccountSummary activate(long id);

    /**
     * The names of those of {@code ids} within the caller's customer scope (others are absent):
     * for pages of another context (the ERP's receivables) that list customers by their CRM id.
     */
    Map<Long, String> names(@NotNull @Size(max = 1000) Collection<Long> ids);

    /** The account's tier and re-order interval, within the caller's customer scope. */
    Optional<AccountCadence> cadence(long id);

    /**
     * Sets the account's tier (which contact interval the overdue list applies) and its expected
     * re-order interval in days (null: not a recurring customer). Needs {@code customers:edit}
     * over the account; one outside the scope answers like a missing one.
     */
    AccountCadence setCadence(long id, @NotNull AccountTier tier, @Min(1) @Max(MAX_REORDER_DAYS) Integer reorderIntervalDays);

    /** Two years: a longer gap is no re-order rhythm. */
    int MAX_REORDER_DAYS = 730;
}
