package dev.portico.it.ui;

import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.tableRows;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Products and Purchasing pages through the real login, as plain HTML: sam (Acme) sees and
 * confirms Acme's purchase orders in the partner portal and gets the not-found page for another
 * supplier's, word for word as for a missing id; erin receives that other supplier's order and
 * the stock rises; erin adjusts stock with a reason and the movement shows; alice may look but
 * not change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurchasingPagesIT {

    private static final String BASE = System.getProperty("portico.baseUrl");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aSupplierSeesAndConfirmsOnlyItsOwnPurchaseOrders() throws Exception {
        String sku = plantProduct(2);
        long acmeOrder = plantPurchaseOrder("acme", sku, 10);
        long otherOrder = plantPurchaseOrder(plantSupplier(), sku, 7);

        try (Browser sam = new Browser()) {
            HtmlPage list = sam.signIn(BASE + "/external/purchasing/list.xhtml", "sam");
            List<String> ids = tableRows(list, "orders-form:orders").stream().map(r -> r.get(0)).toList();
            assertTrue(ids.contains(Long.toString(acmeOrder)), ids.toString());
            assertFalse(ids.contains(Long.toString(otherOrder)), "another supplier's order is not listed");
            assertTrue(tableRows(list, "orders-form:orders").stream().allMatch(r -> r.get(1).equals("Acme Components")));
            assertNull(list.getElementById("new-order"), "suppliers do not place purchase orders");

            Page foreign = sam.open(BASE + "/external/purchasing/order.xhtml?id=" + otherOrder);
            Page missing = sam.open(BASE + "/external/purchasing/order.xhtml?id=" + Long.MAX_VALUE);
            assertEquals(404, status(foreign));
            assertEquals(Browser.withoutReference(body(missing)), Browser.withoutReference(body(foreign)), "the same page, word for word");
            assertEquals(1, single("SELECT COUNT(*) FROM access_log WHERE username = 'sam' AND record_type = 'purchase-order' "
                    + "AND record_id = ?", Long.toString(otherOrder)));
            assertEquals(404, status(sam.open(BASE + "/external/purchasing/order.xhtml?id=1%20OR%201=1")));

            HtmlPage own = (HtmlPage) sam.open(BASE + "/external/purchasing/order.xhtml?id=" + acmeOrder);
            assertEquals("OPEN", text(own, "po-status"));
            assertNull(own.getElementById("receipt-form:receive"), "a supplier records no receipts");
            HtmlPage confirmed = click(own, "confirm-form:confirm");
            assertEquals("CONFIRMED", text(confirmed, "po-status"));
            assertEquals("sam", text(confirmed, "po-confirmed-by"));
        }

        try (Browser erin = new Browser()) {
            HtmlPage other = signedIn(erin, "erin", "/internal/purchasing/order.xhtml?id=" + otherOrder);
            assertEquals(200, status(other), "the warehouse reaches every supplier's orders");
            HtmlPage received = click(other, "receipt-form:receive");
            assertEquals("RECEIVED", text(received, "po-status"));
            assertEquals(9, single("SELECT stock_on_hand FROM product WHERE sku = ?", sku), "2 + the 7 that arrived");
            assertEquals("erin", TestDatabase.text("SELECT actor FROM stock_movement WHERE kind = 'RECEIPT' AND sku = ?", sku));
        }
    }

    @Test
    void theWarehouseAdjustsStockWithAReasonAndSalesOnlyLook() throws Exception {
        String sku = plantProduct(20);
        try (Browser erin = new Browser()) {
            HtmlPage product = signedIn(erin, "erin", "/internal/products/product.xhtml?sku=" + sku);
            HtmlForm adjust = product.getFormByName("adjust-form");
            adjust.getInputByName("adjust-form:delta").setValue("-4");
            HtmlPage refused = click(product, "adjust-form:adjust");
            assertTrue(body(refused).contains("needs a quantity"), "no reason, no adjustment");
            assertEquals("20", text(refused, "product-on-hand"));

            refused.getFormByName("adjust-form").getInputByName("adjust-form:delta").setValue("-4");
            refused.getFormByName("adjust-form").getInputByName("adjust-form:reason").setValue("broken in the aisle");
            HtmlPage adjusted = click(refused, "adjust-form:adjust");

            assertEquals("16", text(adjusted, "product-on-hand"));
            List<String> movement = tableRows(adjusted, "movements").get(0);
            assertEquals(List.of("ADJUSTMENT", "-4", "0", "16 / 0", "erin", "broken in the aisle"), movement.subList(1, 7));
            assertFalse(body(adjusted).contains("Exception"), "no stack trace");
        }
        try (Browser alice = new Browser()) {
            HtmlPage list = alice.signIn(BASE + "/internal/products/list.xhtml", "alice");
            HtmlForm search = list.getFormByName("products-form");
            search.getInputByName("products-form:search").setValue(sku.toLowerCase());
            HtmlPage found = click(list, "products-form:filter");
            assertEquals(List.of(List.of(sku, "Page test product " + sku, "10.00 EUR", "16", "0", "16", "5")),
                    tableRows(found, "products-form:products"));
            HtmlPage product = (HtmlPage) alice.open(BASE + "/internal/products/product.xhtml?sku=" + sku);
            assertNull(product.getElementById("adjust-form"), "sales reps see stock, never change it");
            assertEquals(1, tableRows(product, "movements").size());
            assertEquals(404, status(alice.open(BASE + "/internal/products/product.xhtml?sku=NO-SUCH-SKU")));
        }
    }

    /** Signs in on the portal's home, then opens the page: the sign-in redirect does not keep a query string. */
    private static HtmlPage signedIn(Browser browser, String user, String path) {
        browser.signIn(BASE + "/" + path.split("/")[1] + "/", user);
        return (HtmlPage) browser.open(BASE + path);
    }


    private static String plantProduct(int stock) throws SQLException {
        String sku = "P-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        update("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, reserved, reorder_level, supplier_organisation_id) "
                + "VALUES (?, ?, 10.00, 'EUR', " + stock + ", 0, 5, (SELECT id FROM organisation WHERE alias = 'acme'))",
                sku, "Page test product " + sku);
        return sku;
    }

    /** A supplier sam has nothing to do with. */
    private static String plantSupplier() throws SQLException {
        String alias = "supplier-" + UUID.randomUUID().toString().substring(0, 8);
        update("INSERT INTO organisation (alias, name, kind) VALUES (?, ?, 'SUPPLIER')", alias, "Zenith Parts " + alias);
        return alias;
    }

    private static long plantPurchaseOrder(String supplierAlias, String sku, int quantity) throws SQLException {
        long id = update("INSERT INTO purchase_order (supplier_organisation_id, status, created_at, created_by) "
                + "SELECT id, 'OPEN', CURRENT_TIMESTAMP(6), 'erin' FROM organisation WHERE alias = ?", supplierAlias);
        update("INSERT INTO purchase_order_line (purchase_order_id, sku, quantity) VALUES (" + id + ", ?, " + quantity + ")", sku);
        return id;
    }

    private static long single(String sql, String parameter) throws SQLException {
        return TestDatabase.single(sql, parameter);
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
