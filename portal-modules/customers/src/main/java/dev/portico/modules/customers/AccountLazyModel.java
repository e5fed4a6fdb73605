package dev.portico.modules.customers;

import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.platform.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Hands the table's paging, sorting and filtering to the service, which runs them in SQL:
 * one COUNT and one page of rows per table update, whatever the size of the table.
 */
public class AccountLazyModel extends LazyDataModel<AccountSummary> {

    private final transient CustomerAccounts accounts;

    public AccountLazyModel(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(accounts.count(filterOf(filterBy)));
    }

    @Override
    public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest page = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false);
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
            page = page.sortedBy(sort.getField(), sort.getOrder() == SortOrder.DESCENDING);
        }
        return accounts.list(filterOf(filterBy), page);
    }

    @Override
    public String getRowKey(AccountSummary account) {
        return Long.toString(account.id());
    }

    @Override
    public AccountSummary getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(a -> Long.toString(a.id()).equals(rowKey))
                .findFirst()
                .orElse(null);
    }

    static AccountFilter filterOf(Map<String, FilterMeta> filterBy) {
        return new AccountFilter(
                text(filterBy, "name"),
                value(filterBy, "territory", Territory::valueOf),
                value(filterBy, "status", AccountStatus::valueOf),
                text(filterBy, "ownerUsername"));
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** An unknown value (a tampered request) filters nothing rather than failing the page. */
    private static <E> E value(Map<String, FilterMeta> filterBy, String field, Function<String, E> parse) {
        String text = text(filterBy, field);
        try {
            return text == null ? null : parse.apply(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
