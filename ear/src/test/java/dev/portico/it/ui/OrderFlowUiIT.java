package dev.portico.it.ui;

import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.tableRows;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The full flow once through the pages (plain HTML, real login, real messaging): alice writes
 * and signs a quote; the ERP makes and confirms the order from the message; erin ships it from
 * the order page; dave invoices it and records the payment there; the account's 360° page shows
 * confirmed → shipped → invoiced → paid and the balance back at zero. Each persona is offered
 * only their own step. An order over the credit limit waits on the same page until the sales
 * manager releases it with a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderFlowUiIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void quoteToPaymentThroughThePages() throws Exception {
        long account = plantAccount();
        String orderUrl;
        String quoteId;
        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/internal/", "alice");
            HtmlPage order = signAndOpenOrder(alice, account, "2");
            quoteId = text(order, "order-quote-id");
            orderUrl = order.getUrl().toString();
            assertEquals("CONFIRMED", text(order, "order-status"));
            assertNull(order.getElementById("ship-form"), "a sales rep does not ship");
        }

        try (Browser erin = new Browser()) {
            erin.signIn(BASE + "/internal/", "erin");
            HtmlPage order = (HtmlPage) erin.open(orderUrl);
            assertNull(order.getElementById("invoice-form"));
            assertEquals("SHIPPED", text(click(order, "ship-form:ship"), "order-status"));
        }

        try (Browser dave = new Browser()) {
            dave.signIn(BASE + "/internal/", "dave");
            HtmlPage order = (HtmlPage) dave.open(orderUrl);
            assertNull(order.getElementById("ship-form"), "finance does not ship");
            HtmlPage invoiced = click(order, "invoice-form:invoice");
            assertEquals("INVOICED", text(invoiced, "order-status"));
            assertEquals("190.00", invoiced.getFormByName("payment-form").getInputByName("payment-form:amount").getValue(),
                    "the amount outstanding is offered");
            HtmlPage paid = click(invoiced, "payment-form:pay");
            assertEquals("PAID", text(paid, "order-status"));
            assertEquals("190.00 EUR", text(paid, "order-paid"));
        }

        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/internal/", "alice");
            HtmlPage account360 = await(alice, BASE + "/internal/customers/account.xhtml?id=" + account,
                    page -> events(page, quoteId).size() >= 4);
            assertEquals(List.of("Order confirmed", "Shipped", "Invoiced", "Payment received"), events(account360, quoteId));
            assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(text(account360, "account-balance"))), "paid: balance back at zero");
            assertFalse(body(account360).contains("Exception"), "no stack trace");
        }
    }

    @Test
    void aCreditHoldIsReleasedOnTheOrderPageByTheManagerWithAReason() throws Exception {
        long account = plantAccount();
        String orderUrl;
        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/internal/", "alice");
            HtmlPage order = signAndOpenOrder(alice, account, "264");   // 264 × 95.00 = 25 080.00: over the 25 000.00 a new customer gets
            orderUrl = order.getUrl().toString();
            assertEquals("CREDIT_HOLD", text(order, "order-status"));
            assertNull(order.getElementById("approve-form"), "a sales rep cannot release a credit hold");
        }
        try (Browser frank = new Browser()) {
            frank.signIn(BASE + "/internal/", "frank");
            HtmlPage order = (HtmlPage) frank.open(orderUrl);
            HtmlPage withoutReason = click(order, "approve-form:approve");
            assertEquals("CREDIT_HOLD", text(withoutReason, "order-status"), "no reason, no release");
            assertTrue(text(withoutReason, "messages").contains("blank"), "the page says what is missing");

            withoutReason.getFormByName("approve-form").getInputByName("approve-form:reason").setValue("Prepaid by wire transfer");
            HtmlPage released = click(withoutReason, "approve-form:approve");
            assertEquals("CONFIRMED", text(released, "order-status"));
            assertTrue(body(released).contains("frank"), "the approver is shown with the hold");
            assertNull(released.getElementById("approve-form"), "released once");
        }
    }

    /** alice writes a one-line quote on the page, signs it, and opens the ERP order once the ERP has made it. */
    private static HtmlPage signAndOpenOrder(Browser alice, long account, String quantity) throws Exception {
        HtmlPage form = (HtmlPage) alice.open(BASE + "/internal/orders/new.xhtml?account=" + account);
        HtmlForm quote = form.getFormByName("quote-form");
        quote.getInputByName("quote-form:rows:0:sku").setValue("PRD-0002");
        quote.getInputByName("quote-form:rows:0:description").setValue("Temperature logger");
        quote.getInputByName("quote-form:rows:0:quantity").setValue(quantity);
        HtmlPage signed = click(click(form, "quote-form:create"), "sign-form:sign");
        assertEquals("SIGNED", text(signed, "quote-status"));
        String quoteId = text(signed, "quote-id");
        HtmlPage withOrder = await(alice, BASE + "/internal/orders/quote.xhtml?id=" + quoteId, page -> page.getElementById("erp-order") != null);
        return click(withOrder, "erp-order");
    }

    private static List<String> events(HtmlPage account360, String quoteId) {
        return tableRows(account360, "timeline:entries").stream().filter(r -> r.size() > 3 && r.get(1).equals(quoteId))
                .map(r -> r.get(3)).toList();
    }

    /** Reloads {@code url} until the page shows what is expected: the ERP answers over messaging, not at once. */
    private static HtmlPage await(Browser browser, String url, Predicate<HtmlPage> ready) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        HtmlPage page = (HtmlPage) browser.open(url);
        while (!ready.test(page)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not there within " + WAIT + ":\n" + page.asNormalizedText());
            }
            Thread.sleep(500);
            page = (HtmlPage) browser.open(url);
        }
        return page;
    }

    /** A fresh active account of alice's, so its timeline and balance are this test's alone. */
    private static long plantAccount() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("portico.dbUrl"), "portico", "portico");
             PreparedStatement insert = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status, city) "
                     + "VALUES (?, 'EAST', 'alice', 'ACTIVE', 'Springfield')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "UI Flow Test " + UUID.randomUUID());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
