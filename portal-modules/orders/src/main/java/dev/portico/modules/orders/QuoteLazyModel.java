package dev.portico.modules.orders;

import dev.portico.crm.service.QuoteFilter;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.Quotes;
import dev.portico.platform.paging.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One COUNT and one page of quotes per table update, newest first, paged by the database. */
public class QuoteLazyModel extends LazyDataModel<QuoteSummary> {

    private final transient Quotes quotes;
    private final QuoteFilter filter;

    public QuoteLazyModel(Quotes quotes, QuoteFilter filter) {
        this.quotes = quotes;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(quotes.count(filter));
    }

    @Override
    public List<QuoteSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return quotes.list(filter, new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
    }

    @Override
    public String getRowKey(QuoteSummary quote) {
        return Long.toString(quote.id());
    }

    @Override
    public QuoteSummary getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(q -> Long.toString(q.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
