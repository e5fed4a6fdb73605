package dev.portico.modules.products;

import dev.portico.erp.service.ProductCatalog;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code products/list.xhtml[?q=…]}: the catalogue, searched by SKU or name (a plain form, no script needed). */
@Named
@ViewScoped
public class ProductListView implements Serializable {

    @EJB
    private transient ProductCatalog catalog;

    private String search;
    private ProductLazyModel model;

    /** Rebuilt when the search changes, so the table pages the new search. */
    public ProductLazyModel getModel() {
        if (model == null) {
            model = new ProductLazyModel(catalog, search);
        }
        return model;
    }

    public void filter() {
        model = null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
