package dev.portico.it.ui;

import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.OrderSteps;
import dev.portico.it.support.Pdfs;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.htmlunit.Page;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner portal as its users work it, through the real sign-in, Keycloak, MariaDB and the
 * CRM → ERP flow: nick (buyer, 1 000 EUR limit) orders above his limit at Northwind's price, dina
 * (order approver) approves, the ERP takes the order at that price, erin ships with tracking,
 * dave invoices, nick reads the tracking and the invoice PDF. And the boundary: planted internal
 * text (a call note, an internal comment, a credit hold's figures, the owner's username) never
 * reaches a partner page or PDF, and a price sent with the cart sets nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerPortalIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String PORTAL = BASE + "/external/partner/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void nickOrdersAboveHisLimitDinaApprovesTheErpShipsAndInvoicesAtNorthwindsPrice() throws Exception {
        long customer = RemoteFixtures.northwindCustomer("PartnerPortalIT nick");
        long orderId;
        try (Browser nick = new Browser()) {
            nick.signIn(BASE + "/external/", "nick");
            HtmlPage catalogue = (HtmlPage) nick.open(PORTAL + "catalogue.xhtml");
            assertTrue(body(catalogue).contains("82.00 EUR"), "the temperature logger at Northwind's agreed price");
            assertTrue(body(catalogue).contains("41.40 EUR"), "the pallet cover at 8 % off its 45.00 list price");
            assertFalse(body(catalogue).contains("95.00 EUR"), "no list price where Northwind has its own");
            assertTrue(body(catalogue).contains("In stock"), "a band, not a stock figure");

            HtmlPage found = search(catalogue, "PRD-0002");
            form(found).getInputByName("catalogue-form:items:0:qty").setValue("20");
            HtmlPage carted = click(found, "catalogue-form:items:0:add");
            assertEquals("1640.00 EUR", text(carted, "cart-total"));
            assertTrue(carted.getElementById("cart-over-limit") != null, "the cart says it needs an approver");

            HtmlForm cart = form(carted);
            ((HtmlSelect) carted.getElementById("catalogue-form:customer")).setSelectedAttribute(Long.toString(customer), true);
            cart.getTextAreaByName("catalogue-form:address").setText("Dock 4, 1 Harbor Way, Boston");
            plant(carted, cart, "catalogue-form:price", "0.01");
            plant(carted, cart, "unitPrice", "0.01");
            HtmlPage submitted = click(carted, "catalogue-form:submit");
            assertEquals("Awaiting approval", text(submitted, "submitted-status"), body(submitted));
            orderId = Long.parseLong(text(submitted, "catalogue-form:submitted-order").replaceAll("\\D", ""));

            HtmlPage mine = (HtmlPage) nick.open(PORTAL + "order.xhtml?id=" + orderId);
            assertNull(mine.getElementById("order-form:approve"), "a buyer does not approve, not even his own order");
        }
        assertEquals("AWAITING_APPROVAL", TestDatabase.text("SELECT status FROM quote WHERE id = ?", Long.toString(orderId)));
        assertEquals(0, TestDatabase.single("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", Long.toString(orderId)),
                "nothing reached the ERP before the approval");

        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");
            HtmlPage waiting = (HtmlPage) dina.open(PORTAL + "orders.xhtml?status=AWAITING_APPROVAL");
            assertTrue(body(waiting).contains("PartnerPortalIT nick"), "dina's approvals list");
            HtmlPage order = (HtmlPage) dina.open(PORTAL + "order.xhtml?id=" + orderId);
            form(order).getInputByName("order-form:reason").setValue("Season stock for Blue Harbor's new store");
            HtmlPage approved = click(order, "order-form:approve");
            assertTrue(body(approved).contains("Order approved and sent."), body(approved));
        }
        long erpOrder = OrderSteps.awaitErpOrder(orderId);
        assertEquals(0, new BigDecimal("1640.00").compareTo(new BigDecimal(TestDatabase.text(
                "SELECT total FROM sales_order WHERE id = ?", Long.toString(erpOrder)))), "the ERP's total is 20 × 82.00");
        assertEquals(0, new BigDecimal("82.00").compareTo(new BigDecimal(TestDatabase.text(
                "SELECT MAX(unit_price) FROM sales_order_line WHERE sales_order_id = ?", Long.toString(erpOrder)))), "not the planted 0.01");
        assertEquals(1, TestDatabase.single("SELECT COUNT(*) FROM grant_ledger WHERE event = 'ORDER_APPROVED' AND subject = 'nick' "
                + "AND actor = 'dina' AND detail LIKE CONCAT('order ', ?, ' %')", Long.toString(orderId)), "the approval is ledgered");

        String tracking = "00340434" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        OrderSteps.shipAndInvoice(erpOrder, "DHL", tracking);

        try (Browser nick = new Browser()) {
            nick.signIn(BASE + "/external/", "nick");
            HtmlPage order = awaitPartnerStatus(nick, orderId, "Invoiced");
            assertTrue(body(order).contains("shipped with DHL " + tracking), "the tracking number on nick's timeline: " + body(order));
            WebResponse pdf = nick.open(BASE + "/external/partner/invoice-pdf.xhtml?id="
                    + ((DomElement) order.getElementById("invoice-pdf")).getAttribute("href").replaceAll(".*id=", "")).getWebResponse();
            assertEquals("application/pdf", pdf.getContentType());
            String text = Pdfs.text(pdf.getContentAsStream());
            String erpInvoice = TestDatabase.text("SELECT amount FROM invoice WHERE sales_order_id = ?", Long.toString(erpOrder));
            assertTrue(text.contains("Total: " + erpInvoice + " EUR"), "the ERP's invoiced amount, " + erpInvoice + ": " + text);
            assertTrue(text.contains("82.00 EUR"), "the unit price");
            assertTrue(text.contains("Outstanding: " + erpInvoice + " EUR"));

            HtmlPage invoices = (HtmlPage) nick.open(PORTAL + "invoices.xhtml");
            WebResponse statement = Browser.download(invoices, "statement-form:csv");
            String invoiceNumber = String.format("INV-%06d", TestDatabase.single("SELECT id FROM invoice WHERE sales_order_id = ?",
                    Long.toString(erpOrder)));
            assertTrue(statement.getContentAsString().contains(invoiceNumber + "," + orderId + "," + customer), "the statement lists it");
        }
        String southwind = dev.portico.it.support.Api.get("/v1/partner/statement", dev.portico.it.support.Api.token("dan")).body();
        assertFalse(southwind.contains("," + orderId + "," + customer + ","), "not in Southwind's statement: " + southwind);
    }

    @Test
    void anotherOrganisationsInvoicePdfAnswersLikeAMissingOne() throws Exception {
        long southwindOrder = RemoteFixtures.signedOrder(RemoteFixtures.southwindCustomer("PartnerPortalIT Southwind invoice"));
        long invoice = TestDatabase.single("SELECT i.id FROM invoice i JOIN sales_order o ON o.id = i.sales_order_id WHERE o.id = ?",
                Long.toString(invoiceFor(southwindOrder)));
        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");
            Page foreign = dina.open(PORTAL + "invoice-pdf.xhtml?id=" + invoice);
            Page missing = dina.open(PORTAL + "invoice-pdf.xhtml?id=" + Long.MAX_VALUE);
            assertEquals(404, status(foreign));
            assertEquals(Browser.withoutReference(body(missing)), Browser.withoutReference(body(foreign)));
        }
    }

    /**
     * Internal text planted beside a Northwind customer's order and ticket: a call note, an
     * internal comment, a credit hold's figures in the ERP's detail. Every page of the partner
     * portal dina can open, and the order's PDF, carry none of it, nor the owner's username;
     * the public reply does reach her, as customer service's.
     */
    @Test
    void plantedInternalTextNeverReachesAPartnerPage() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        long customer = RemoteFixtures.northwindCustomer("PartnerPortalIT boundary");
        long order = RemoteFixtures.signedQuote(customer);
        long ticket = RemoteFixtures.openTicket(customer, "Pallet covers arrived torn");
        TestDatabase.update("INSERT INTO interaction (account_id, kind, occurred_at, by_username, summary) VALUES (?, 'CALL', NOW(6), 'alice', ?)",
                customer, "Call note " + canary);
        TestDatabase.update("INSERT INTO ticket_comment (ticket_id, author, body, visibility) VALUES (?, 'bob', ?, 'INTERNAL')",
                ticket, "Internal note " + canary);
        TestDatabase.update("INSERT INTO ticket_comment (ticket_id, author, body, visibility) VALUES (?, 'bob', ?, 'PUBLIC')",
                ticket, "We are sending replacements.");
        TestDatabase.update("INSERT INTO order_timeline (message_id, quote_id, erp_order_id, crm_account_id, event_type, amount, balance, "
                + "detail, occurred_at) VALUES (?, ?, ?, ?, 'ORDER_ON_CREDIT_HOLD', 1.00, 98765.43, ?, NOW(6))",
                UUID.randomUUID().toString(), order, 999_999_999L, customer, "exposure 98765.43 over credit limit 12345.67 " + canary);
        String owner = TestDatabase.text("SELECT owner_username FROM customer_account WHERE id = ?", Long.toString(customer));
        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");
            for (String page : List.of("home.xhtml", "catalogue.xhtml", "orders.xhtml", "order.xhtml?id=" + order, "invoices.xhtml",
                    "tickets.xhtml", "ticket.xhtml?id=" + ticket, "tickets.xhtml?order=" + order)) {
                Page answer = dina.open(PORTAL + page);
                String html = body(answer);
                assertEquals(200, status(answer), page);
                assertFalse(html.contains(canary), page + " shows planted internal text");
                assertFalse(html.contains("12345.67") || html.contains("98765.43"), page + " shows a credit figure");
                assertFalse(html.matches("(?s).*\\b" + owner + "\\b.*"), page + " names the account's owner, " + owner);
                assertFalse(html.matches("(?s).*\\bbob\\b.*"), page + " names the agent");
            }
            String ticketPage = body(dina.open(PORTAL + "ticket.xhtml?id=" + ticket));
            assertTrue(ticketPage.contains("We are sending replacements."), "the public reply reaches her");
            assertTrue(ticketPage.contains("Customer service"), "from customer service, not a member of staff by name");
            String orderPage = body(dina.open(PORTAL + "order.xhtml?id=" + order));
            assertTrue(orderPage.contains("our credit team is reviewing the order"), "the hold in her words");
        }
    }

    /** The internal tickets API applies the same rule to a partner's token: no internal comment. */
    @Test
    void theTicketsApiGivesAPartnerNoInternalComment() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        long ticket = RemoteFixtures.openTicket(RemoteFixtures.northwindCustomer("PartnerPortalIT api"), "Label printer");
        TestDatabase.update("INSERT INTO ticket_comment (ticket_id, author, body, visibility) VALUES (?, 'bob', ?, 'INTERNAL')",
                ticket, "Internal note " + canary);
        String staff = dev.portico.it.support.Api.get("/v1/tickets/" + ticket, dev.portico.it.support.Api.token("bob")).body();
        String dina = dev.portico.it.support.Api.token("dina");
        java.net.http.HttpResponse<String> partner = dev.portico.it.support.Api.get("/v1/partner/tickets/" + ticket, dina);
        assertTrue(staff.contains(canary), "staff read their notes");
        assertEquals(200, partner.statusCode(), partner.body());
        assertFalse(partner.body().contains(canary), partner.body());
        assertFalse(partner.body().contains("\"bob\""), "nor the staff username: " + partner.body());
        assertEquals(403, dev.portico.it.support.Api.get("/v1/tickets/" + ticket, dina).statusCode(), "the internal resource is not a partner's");
    }

    private static long invoiceFor(long erpOrder) throws Exception {
        try (Browser erin = new Browser(); Browser dave = new Browser()) {
            erin.signIn(BASE + "/internal/", "erin");
            click(OrderSteps.awaitStatus(erin, erpOrder, "CONFIRMED"), "ship-form:ship");
            dave.signIn(BASE + "/internal/", "dave");
            click((HtmlPage) dave.open(BASE + "/internal/orders/order.xhtml?id=" + erpOrder), "invoice-form:invoice");
        }
        return erpOrder;
    }

    private static HtmlPage search(HtmlPage catalogue, String text) {
        form(catalogue).getInputByName("catalogue-form:search").setValue(text);
        return click(catalogue, "catalogue-form:find");
    }

    /** A field the form does not have, added by hand: what a tampering client would send. */
    private static void plant(HtmlPage page, HtmlForm form, String name, String value) {
        DomElement input = page.createElement("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        form.appendChild(input);
    }

    private static HtmlForm form(HtmlPage page) {
        return (HtmlForm) page.getForms().stream().filter(f -> !f.getId().isEmpty() && !f.getId().startsWith("portico-"))
                .filter(f -> f.getId().endsWith("-form")).findFirst().orElseThrow(() -> new AssertionError("no form on " + page.getUrl()));
    }


    private static HtmlPage awaitPartnerStatus(Browser browser, long orderId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HtmlPage page = (HtmlPage) browser.open(PORTAL + "order.xhtml?id=" + orderId);
            if (status.equals(text(page, "order-status")) || Instant.now().isAfter(deadline)) {
                assertEquals(status, text(page, "order-status"), body(page));
                return page;
            }
            Thread.sleep(250);
        }
    }

}
