package dev.portico.integration.imports.internal;

import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductRecord;
import dev.portico.erp.service.StockCountRefusedException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Products for the ERP's catalogue, keyed by SKU. A new SKU is created; a known one is updated
 * (name, price, currency, reorder level, supplier, and stock on hand as a stock count), through
 * the ERP's catalogue like an on-screen count. Stock promised to orders cannot be counted away: a
 * count below what is reserved is reported here for its line, and the catalogue refuses it anyway.
 */
final class ProductRows implements RowKind<ProductRows.Row> {

    record Row(String sku, String name, BigDecimal unitPrice, String currency, int stockOnHand, int reorderLevel, Long supplierId) {
    }

    private final EntityManager em;
    private final ProductCatalog catalog;
    private final Map<String, Long> suppliers = new HashMap<>();

    ProductRows(EntityManager em, ProductCatalog catalog) {
        this.em = em;
        this.catalog = catalog;
        em.createQuery("SELECT o.alias, o.id FROM Organisation o WHERE o.kind = dev.portico.access.domain.OrganisationKind.SUPPLIER",
                Object[].class).getResultList().forEach(r -> suppliers.put(((String) r[0]).toLowerCase(Locale.ROOT), (Long) r[1]));
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("sku", "name", "unit_price", "currency");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("stock_on_hand", "reorder_level", "supplier");
    }

    @Override
    public Row parse(RowFields fields, List<String> problems) {
        String sku = fields.text("sku", 32, true, problems);
        if (sku != null && !sku.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problems.add("sku may hold only letters, digits, '.', '_' and '-', not '" + sku + "'");
        }
        String name = fields.text("name", 200, true, problems);
        BigDecimal price = fields.amount("unit_price", problems);
        String currency = fields.text("currency", 3, true, problems);
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            problems.add("currency must be a three-letter ISO code like EUR, not '" + currency + "'");
        }
        Integer stock = fields.count("stock_on_hand", 0, problems);
        Integer reorder = fields.count("reorder_level", 0, problems);
        String supplier = fields.text("supplier", 64, false, problems);
        Long supplierId = supplier == null ? null : suppliers.get(supplier.toLowerCase(Locale.ROOT));
        if (supplier != null && supplierId == null) {
            problems.add("supplier '" + supplier + "' is not a known supplier (use its alias, like acme)");
        }
        return problems.isEmpty()
                ? new Row(sku, name, price, currency.toUpperCase(Locale.ROOT), stock, reorder, supplierId) : null;
    }

    @Override
    public String key(Row row) {
        return row.sku().toLowerCase(Locale.ROOT);
    }

    @Override
    public Map<String, String> checkStored(List<Row> chunk) {
        Map<String, Row> bySku = new HashMap<>();
        chunk.forEach(row -> bySku.put(key(row), row));
        Map<String, String> problems = new HashMap<>();
        em.createQuery("SELECT p.sku, p.reserved FROM Product p WHERE p.sku IN :skus", Object[].class)
                .setParameter("skus", chunk.stream().map(Row::sku).toList())
                .getResultList()
                .forEach(r -> {
                    String key = ((String) r[0]).toLowerCase(Locale.ROOT);
                    int reserved = ((Number) r[1]).intValue();
                    Row row = bySku.get(key);
                    if (row != null && row.stockOnHand() < reserved) {
                        problems.put(key, "stock_on_hand " + row.stockOnHand() + " is below the " + reserved
                                + " already reserved for orders of " + r[0]);
                    }
                });
        return problems;
    }

    /** Through the catalogue's own use case: locks, the stock rule and a movement per changed product. */
    @Override
    public int write(List<Row> chunk) {
        int updates;
        try {
            updates = catalog.importProducts(chunk.stream().map(row -> new ProductRecord(row.sku(), row.name(), row.unitPrice(),
                    row.currency(), row.stockOnHand(), row.reorderLevel(), row.supplierId())).toList(), "CSV product import");
        } catch (StockCountRefusedException raced) {
            // An order reserved between checkStored's look and the catalogue's locks: its lines, as in checkStored.
            Map<String, String> byKey = new HashMap<>();
            raced.bySku().forEach((sku, reason) -> byKey.put(sku.toLowerCase(Locale.ROOT), reason));
            throw new RowsRefusedException(byKey);
        }
        em.flush();
        em.clear();
        return updates;
    }
}
