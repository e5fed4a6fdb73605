package dev.portico.it.support;

import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/**
 * The company's side of an order, as the UI tests of the partner portal need it: wait for the
 * ERP's order of a quote, erin ships it with carrier and tracking, dave invoices it (both
 * through the internal pages); and reading a PDF's text.
 */
public final class OrderSteps {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private OrderSteps() {
    }

    /** The id of the ERP's order for the quote, once the ERP has made it. */
    public static long awaitErpOrder(long quoteId) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<Long> ids = TestDatabase.numbers("SELECT id FROM sales_order WHERE quote_id = ?", Long.toString(quoteId));
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the ERP never received order " + quoteId);
    }

    /** erin ships the confirmed order with {@code carrier} and {@code tracking}; dave invoices it. */
    public static void shipAndInvoice(long erpOrder, String carrier, String tracking) throws InterruptedException {
        try (Browser erin = new Browser(); Browser dave = new Browser()) {
            erin.signIn(BASE + "/internal/", "erin");
            HtmlPage page = awaitStatus(erin, erpOrder, "CONFIRMED");
            HtmlForm ship = (HtmlForm) page.getElementById("ship-form");
            ship.getInputByName("ship-form:carrier").setValue(carrier);
            ship.getInputByName("ship-form:tracking").setValue(tracking);
            assertEquals("SHIPPED", text(click(page, "ship-form:ship"), "order-status"));
            dave.signIn(BASE + "/internal/", "dave");
            assertEquals("INVOICED", text(click((HtmlPage) dave.open(BASE + "/internal/orders/order.xhtml?id=" + erpOrder),
                    "invoice-form:invoice"), "order-status"));
        }
    }

    /** The internal order page once the order has {@code status}. */
    public static HtmlPage awaitStatus(Browser browser, long erpOrder, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            HtmlPage page = (HtmlPage) browser.open(BASE + "/internal/orders/order.xhtml?id=" + erpOrder);
            if (status.equals(text(page, "order-status")) || Instant.now().isAfter(deadline)) {
                assertEquals(status, text(page, "order-status"));
                return page;
            }
            Thread.sleep(250);
        }
    }
}
