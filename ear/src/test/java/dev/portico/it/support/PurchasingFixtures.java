package dev.portico.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Products, suppliers and purchase orders planted straight into the test database, for the purchasing pages' tests. */
public final class PurchasingFixtures {

    private PurchasingFixtures() {
    }

    /** A product with {@code stock} on hand, reorder level 5, supplied by {@code supplierAlias}. */
    public static String plantProduct(int stock, String supplierAlias) throws SQLException {
        String sku = "P-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        update("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, reserved, reorder_level, supplier_organisation_id) "
                + "VALUES (?, ?, 10.00, 'EUR', " + stock + ", 0, 5, (SELECT id FROM organisation WHERE alias = ?))",
                sku, "Page test product " + sku, supplierAlias);
        return sku;
    }

    public static String plantProduct(int stock) throws SQLException {
        return plantProduct(stock, "acme");
    }

    /** A supplier sam has nothing to do with. */
    public static String plantSupplier() throws SQLException {
        String alias = "supplier-" + UUID.randomUUID().toString().substring(0, 8);
        update("INSERT INTO organisation (alias, name, kind) VALUES (?, ?, 'SUPPLIER')", alias, "Zenith Parts " + alias);
        return alias;
    }

    /** An OPEN purchase order placed by erin (a staff username, which a supplier's pages must not show). */
    public static long plantPurchaseOrder(String supplierAlias, String sku, int quantity) throws SQLException {
        long id = update("INSERT INTO purchase_order (supplier_organisation_id, status, created_at, created_by) "
                + "SELECT id, 'OPEN', CURRENT_TIMESTAMP(6), 'erin' FROM organisation WHERE alias = ?", supplierAlias);
        update("INSERT INTO purchase_order_line (purchase_order_id, sku, quantity) VALUES (" + id + ", ?, " + quantity + ")", sku);
        return id;
    }

    /** Runs an INSERT with string parameters and returns the generated key (0 if none). */
    private static long update(String sql, String... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("portico.dbUrl"), "portico", "portico");
             PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
