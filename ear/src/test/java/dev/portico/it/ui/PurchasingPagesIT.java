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
import dev.portico.it.support.PurchasingFixtures;
import dev.portico.it.support.TestDatabase;
import java.util.List;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Products pages through the real login, as plain HTML: erin adjusts stock with a reason
 * and the movement shows; alice may look but not change. (Suppliers and the warehouse on
 * purchase orders: {@code SupplierPortalIT}.)
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
    void theWarehouseAdjustsStockWithAReasonAndSalesOnlyLook() throws Exception {
        String sku = PurchasingFixtures.plantProduct(20);
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

    @Test
    void theWarehouseDiscontinuesAProductAndTheListMarksIt() throws Exception {
        String sku = PurchasingFixtures.plantProduct(20);
        try (Browser erin = new Browser()) {
            HtmlPage product = signedIn(erin, "erin", "/internal/products/product.xhtml?sku=" + sku);
            assertNull(product.getElementById("product-discontinued"));
            HtmlPage discontinued = click(product, "discontinue-form:discontinue");

            assertTrue(text(discontinued, "product-discontinued").startsWith("Discontinued since"), body(discontinued));
            assertNull(discontinued.getElementById("discontinue-form"), "once discontinued, no second button");
            assertEquals("1", TestDatabase.text("SELECT COUNT(*) FROM product WHERE discontinued_at IS NOT NULL AND sku = ?", sku));
            assertEquals("20", text(discontinued, "product-on-hand"), "its stock stays, for the orders already received");
        }
        try (Browser alice = new Browser()) {
            HtmlPage product = signedIn(alice, "alice", "/internal/products/product.xhtml?sku=" + sku);
            assertNull(product.getElementById("discontinue-form"), "a sales rep cannot discontinue");
            HtmlPage list = (HtmlPage) alice.open(BASE + "/internal/products/list.xhtml");
            list.getFormByName("products-form").getInputByName("products-form:search").setValue(sku.toLowerCase());
            HtmlPage found = click(list, "products-form:filter");
            assertEquals("10.00 EUR — discontinued", tableRows(found, "products-form:products").get(0).get(2));
        }
    }

    /** Signs in on the portal's home, then opens the page: one sign-in, then any number of pages (DeepLinkIT covers a link opened signed out). */
    private static HtmlPage signedIn(Browser browser, String user, String path) {
        browser.signIn(BASE + "/" + path.split("/")[1] + "/", user);
        return (HtmlPage) browser.open(BASE + path);
    }
}
