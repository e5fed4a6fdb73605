package dev.portico.modules.products;

import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductSummary;
import dev.portico.platform.paging.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** One COUNT and one page of products per table update, sorted and filtered by the database. */
public class ProductLazyModel extends LazyDataModel<ProductSummary> {

    private final transient ProductCatalog catalog;
    private final String search;

    public ProductLazyModel(ProductCatalog catalog, String search) {
        this.catalog = catalog;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(catalog.count(search));
    }

    @Override
    public List<ProductSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest page = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false);
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
            page = page.sortedBy(sort.getField(), sort.getOrder() == SortOrder.DESCENDING);
        }
        return catalog.page(search, page);
    }

    @Override
    public String getRowKey(ProductSummary product) {
        return product.sku();
    }

    @Override
    public ProductSummary getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(p -> p.sku().equals(rowKey)).findFirst().orElse(null);
    }
}
