package dev.portico.crm.service;

import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Customer accounts: the list with SQL-side filter, sort and paging, and opening an account. */
@Local
public interface CustomerAccountService {

    /** One page of the accounts matching the filter, sorted and paged by the database. */
    List<AccountSummary> list(@NotNull @Valid AccountFilter filter, @NotNull @Valid PageRequest page);

    /** How many accounts match the filter in all pages. */
    long count(@NotNull @Valid AccountFilter filter);

    Optional<AccountSummary> find(long id);

    /** Opens an account and announces it with an {@code AccountOpenedEvent}, in one transaction. */
    AccountSummary open(@NotNull @Valid NewAccount account);
}
