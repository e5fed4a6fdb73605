package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.tableRows;
import static dev.portico.it.support.Browser.text;
import static dev.portico.it.support.PurchasingFixtures.plantProduct;
import static dev.portico.it.support.PurchasingFixtures.plantPurchaseOrder;
import static dev.portico.it.support.PurchasingFixtures.plantSupplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * The supplier's side of purchasing through the real sign-in: sam (Acme) confirms a purchase
 * order with a promised date per line and announces the shipment, which erin's purchasing list
 * shows as an expected receipt; a change sam proposes becomes the confirmation once erin accepts
 * it; sam's forecast shows Acme's products only. And the boundary: another supplier's order
 * answers like a missing one, and no page of sam's names the staff member who placed the order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplierPortalIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String PORTAL = BASE + "/external/partner/";
    private static final Pattern STAFF = Pattern.compile("\\berin\\b");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void samConfirmsWithDatesAndAnnouncesTheShipmentWhichErinExpects() throws Exception {
        String sku = plantProduct(2);
        long acmeOrder = plantPurchaseOrder("acme", sku, 10);
        long otherOrder = plantPurchaseOrder(plantSupplier(), sku, 7);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String tracking = "1Z" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();

        try (Browser sam = new Browser()) {
            HtmlPage list = sam.signIn(PORTAL + "supply.xhtml", "sam");
            List<String> ids = tableRows(list, "purchase-orders").stream().map(r -> r.get(0)).toList();
            assertTrue(ids.contains(Long.toString(acmeOrder)), ids.toString());
            assertFalse(ids.contains(Long.toString(otherOrder)), "another supplier's order is not listed");
            assertFalse(STAFF.matcher(body(list)).find(), "no staff username on a supplier's page");

            Page foreign = sam.open(PORTAL + "purchase-order.xhtml?id=" + otherOrder);
            Page missing = sam.open(PORTAL + "purchase-order.xhtml?id=" + Long.MAX_VALUE);
            assertEquals(404, status(foreign));
            assertEquals(Browser.withoutReference(body(missing)), Browser.withoutReference(body(foreign)), "the same page, word for word");
            assertEquals(404, status(sam.open(BASE + "/external/purchasing/list.xhtml")), "the internal purchasing pages are not deployed outside");

            HtmlPage own = (HtmlPage) sam.open(PORTAL + "purchase-order.xhtml?id=" + acmeOrder);
            assertEquals("OPEN", text(own, "po-status"));
            assertFalse(STAFF.matcher(body(own)).find(), "who placed it stays internal: " + own.asNormalizedText());
            HtmlPage undated = click(own, "po-form:confirm");
            assertEquals("OPEN", text(undated, "po-status"), "no confirmation without a date per line");
            form(undated).getInputByName("po-form:lines:0:promised").setValue(today.plusDays(14).toString());
            HtmlPage confirmed = click(undated, "po-form:confirm");
            assertEquals("CONFIRMED", text(confirmed, "po-status"), confirmed.asNormalizedText());
            assertEquals(today.plusDays(14).toString(), TestDatabase.text("SELECT promised_date FROM purchase_order_line WHERE purchase_order_id = ?",
                    Long.toString(acmeOrder)));

            HtmlForm notice = form(confirmed);
            notice.getInputByName("po-form:shipped-on").setValue(today.toString());
            notice.getInputByName("po-form:expected-on").setValue(today.plusDays(3).toString());
            notice.getInputByName("po-form:carrier").setValue("UPS");
            notice.getInputByName("po-form:tracking").setValue(tracking);
            notice.getInputByName("po-form:lines:0:ship").setValue("6");
            HtmlPage notified = click(confirmed, "po-form:notify");
            assertTrue(body(notified).contains("Shipping notice sent."), notified.asNormalizedText());
            assertTrue(body(notified).contains(tracking));
        }

        try (Browser erin = new Browser()) {
            erin.signIn(BASE + "/internal/", "erin");
            HtmlPage list = (HtmlPage) erin.open(BASE + "/internal/purchasing/list.xhtml");
            List<List<String>> receipts = tableRows(list, "receipts");
            assertTrue(receipts.stream().anyMatch(r -> r.get(0).equals(today.plusDays(3).toString()) && r.get(1).equals(Long.toString(acmeOrder))
                    && r.get(3).equals(sku) && r.get(5).equals("6") && r.get(6).equals("UPS " + tracking)), "erin's expected receipts: " + receipts);
            HtmlPage order = (HtmlPage) erin.open(BASE + "/internal/purchasing/order.xhtml?id=" + acmeOrder);
            assertTrue(body(order).contains(tracking), "the notice on the order too");
            assertEquals(today.plusDays(14).toString(), order.querySelector(".line-promised").getTextContent().strip());
        }
    }

    @Test
    void aChangeSamProposesBecomesTheConfirmationWhenErinAcceptsIt() throws Exception {
        String sku = plantProduct(0);
        long order = plantPurchaseOrder("acme", sku, 10);
        LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(21);
        try (Browser sam = new Browser()) {
            sam.signIn(BASE + "/external/", "sam"); // the sign-in redirect keeps no query string (yet)
            HtmlPage own = (HtmlPage) sam.open(PORTAL + "purchase-order.xhtml?id=" + order);
            form(own).getInputByName("po-form:lines:0:new-quantity").setValue("6");
            form(own).getInputByName("po-form:lines:0:new-date").setValue(later.toString());
            form(own).getInputByName("po-form:note").setValue("Only 6 until the new mould arrives");
            HtmlPage proposed = click(own, "po-form:propose");
            assertTrue(body(proposed).contains("Change proposed"), proposed.asNormalizedText());
            assertEquals("PROPOSED", text(proposed, "change-status").split(":")[0]);
            assertNull(proposed.getElementById("po-form:confirm"), "nothing more to confirm while the warehouse decides");
        }
        try (Browser erin = new Browser()) {
            erin.signIn(BASE + "/internal/", "erin");
            HtmlPage page = (HtmlPage) erin.open(BASE + "/internal/purchasing/order.xhtml?id=" + order);
            assertTrue(text(page, "change-status").contains("Only 6 until the new mould arrives"));
            form(page, "change-form").getInputByName("change-form:reason").setValue("6 covers this month");
            HtmlPage accepted = click(page, "change-form:accept");
            assertEquals("CONFIRMED", text(accepted, "po-status"), accepted.asNormalizedText());
        }
        assertEquals(6, TestDatabase.single("SELECT quantity FROM purchase_order_line WHERE purchase_order_id = ?", Long.toString(order)));
        assertEquals(later.toString(), TestDatabase.text("SELECT promised_date FROM purchase_order_line WHERE purchase_order_id = ?",
                Long.toString(order)));
        try (Browser sam = new Browser()) {
            sam.signIn(BASE + "/external/", "sam");
            HtmlPage own = (HtmlPage) sam.open(PORTAL + "purchase-order.xhtml?id=" + order);
            assertEquals("CONFIRMED", text(own, "po-status"));
            assertTrue(text(own, "change-answer").contains("6 covers this month"), "the warehouse's reason reaches sam");
            assertFalse(STAFF.matcher(body(own)).find(), "but not who gave it");
        }
    }

    @Test
    void samsForecastShowsOnlyTheProductsAcmeSupplies() throws Exception {
        String acme = plantProduct(40);
        String other = plantProduct(40, plantSupplier());
        long order = plantPurchaseOrder("acme", acme, 25);
        TestDatabase.update("UPDATE purchase_order SET status = 'CONFIRMED' WHERE id = ?", order);
        TestDatabase.update("UPDATE purchase_order_line SET promised_date = ? WHERE purchase_order_id = ?",
                java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).plusWeeks(2)), order);
        try (Browser sam = new Browser()) {
            sam.signIn(BASE + "/external/", "sam");
            HtmlPage forecast = (HtmlPage) sam.open(PORTAL + "forecast.xhtml");
            assertTrue(forecast.getElementById("forecast-chart") != null, "a chart");
            String table = forecast.getElementById("forecast").asNormalizedText();
            assertTrue(table.contains(acme), table);
            assertFalse(table.contains(other), "another supplier's product");
            String row = forecast.getElementById("forecast").getElementsByTagName("tr").stream()
                    .filter(tr -> tr.asNormalizedText().contains(acme)).findFirst().orElseThrow().asNormalizedText();
            assertTrue(row.matches(".*\\b40\\b.*\\b65\\b.*"), "40 on hand, then 65 once the 25 promised in two weeks arrive: " + row);
        }
        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");
            assertEquals(403, status(dina.open(PORTAL + "forecast.xhtml")), "a distributor has no forecast");
        }
    }

    private static HtmlForm form(HtmlPage page) {
        return form(page, "po-form");
    }

    private static HtmlForm form(HtmlPage page, String id) {
        HtmlForm form = (HtmlForm) page.getElementById(id);
        if (form == null) {
            throw new AssertionError("no #" + id + " on " + page.getUrl() + ":\n" + page.asNormalizedText());
        }
        return form;
    }
}
