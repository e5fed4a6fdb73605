package dev.portico.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Chrome;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.OrderSteps;
import dev.portico.it.support.Pdfs;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The partner portal in Chromium, with its scripts and the Content-Security-Policy in force: nick
 * fills the cart above his limit, dina approves, the ERP takes the order at Northwind's price,
 * erin ships and dave invoices (internal pages, HtmlUnit), and nick reads the tracking number and
 * the invoice PDF (parsed: the ERP's amount); dina's people, sam's forecast chart and frank
 * viewing Northwind's portal. The pages it passes are kept as screenshots in
 * {@code ear/target/screenshots/} (docs/partners.md shows them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerPortalChromeIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String PORTAL = BASE + "/external/partner/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @BeforeAll
    static void needsChromium() {
        Chrome.assumeInstalled();
    }

    @Test
    void nickOrdersAboveHisLimitDinaApprovesErinShipsDaveInvoicesAndNickReadsTrackingAndPdf() throws Exception {
        long customer = RemoteFixtures.northwindCustomer("PartnerPortalChromeIT");
        String order;
        try (Chrome nick = new Chrome()) {
            nick.signIn(BASE + "/external/", "nick");
            WebDriver browser = nick.driver();
            nick.await().until(d -> d.findElements(By.cssSelector("#orders-chart canvas")).size() == 1);
            browser.get(PORTAL + "catalogue.xhtml");
            browser.findElement(By.id("catalogue-form:search")).sendKeys("PRD-0002");
            browser.findElement(By.id("catalogue-form:find")).click();
            nick.await().until(d -> d.findElements(By.cssSelector("#catalogue-form\\:items tbody tr")).size() == 1);
            browser.findElement(By.id("catalogue-form:items:0:qty")).sendKeys("15");
            browser.findElement(By.id("catalogue-form:items:0:add")).click();
            awaitOrDump(nick, () -> nick.await().until(d -> d.findElement(By.id("cart-total")).getText().equals("1230.00 EUR")));
            assertFalse(browser.findElements(By.id("cart-over-limit")).isEmpty(), "above 1 000 EUR: an approver decides");
            new Select(browser.findElement(By.id("catalogue-form:customer"))).selectByValue(Long.toString(customer));
            browser.findElement(By.id("catalogue-form:address")).sendKeys("Dock 4, 1 Harbor Way, Boston");
            nick.screenshot("partner-cart");
            browser.findElement(By.id("catalogue-form:submit")).click();
            awaitOrDump(nick, () -> nick.await().until(d -> d.findElement(By.id("submitted-status")).getText().equals("Awaiting approval")));
            order = browser.findElement(By.id("catalogue-form:submitted-order")).getText().replaceAll("\\D", "");
        }
        try (Chrome dina = new Chrome()) {
            dina.signIn(BASE + "/external/", "dina");
            WebDriver browser = dina.driver();
            dina.await().until(d -> d.findElements(By.cssSelector("#orders-chart canvas")).size() == 1);
            assertTrue(Integer.parseInt(browser.findElement(By.cssSelector(".count-AWAITING_APPROVAL")).getText()) >= 1,
                    "the home counts orders waiting for her");
            dina.screenshot("partner-home");
            browser.get(PORTAL + "order.xhtml?id=" + order);
            browser.findElement(By.id("order-form:reason")).sendKeys("Agreed with Blue Harbor's buyer");
            dina.screenshot("partner-approval");
            browser.findElement(By.id("order-form:approve")).click();
            dina.await().until(d -> d.findElement(By.id("order-form:messages")).getText().contains("Order approved and sent."));
            assertEquals("dina: Agreed with Blue Harbor's buyer", browser.findElement(By.id("order-decision")).getText().replaceAll("^.*?(dina)", "$1"));
        }

        // The company's side: the ERP confirms at Northwind's price, erin ships, dave invoices.
        long erpOrder = OrderSteps.awaitErpOrder(Long.parseLong(order));
        assertEquals(0, new BigDecimal("1230.00").compareTo(new BigDecimal(TestDatabase.text(
                "SELECT total FROM sales_order WHERE id = ?", Long.toString(erpOrder)))), "15 × 82.00, Northwind's price");
        String tracking = "JD" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        OrderSteps.shipAndInvoice(erpOrder, "DHL", tracking);

        try (Chrome nick = new Chrome()) {
            nick.signIn(BASE + "/external/", "nick");
            WebDriver browser = nick.driver();
            awaitOrDump(nick, () -> nick.await().until(d -> {
                d.get(PORTAL + "order.xhtml?id=" + order);
                return d.findElement(By.id("order-status")).getText().equals("Invoiced");
            }));
            assertTrue(browser.findElement(By.id("order-steps")).getText().contains("shipped with DHL " + tracking),
                    "nick sees the tracking: " + browser.findElement(By.id("order-steps")).getText());
            nick.screenshot("partner-order-invoiced");
            String pdfUrl = browser.findElement(By.id("invoice-pdf")).getAttribute("href");
            String text = Pdfs.text(download(browser, pdfUrl));
            String erpInvoice = TestDatabase.text("SELECT amount FROM invoice WHERE sales_order_id = ?", Long.toString(erpOrder));
            assertTrue(text.contains("Total: " + erpInvoice + " EUR"), "the ERP's invoiced amount, " + erpInvoice + ": " + text);
            assertTrue(text.contains("82.00 EUR"), "the unit price");
        }
    }

    /** A file the page links to, fetched with the browser's own session cookies (Chromium would only save it to disk). */
    private static byte[] download(WebDriver browser, String url) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    /** The pages of partner administrators, suppliers and partner support, with their scripts on: their screenshots. */
    @Test
    void dinasPeopleSamsForecastAndFranksViewAsNorthwind() {
        try (Chrome dina = new Chrome()) {
            dina.signIn(BASE + "/external/", "dina");
            WebDriver browser = dina.driver();
            browser.get(PORTAL + "people.xhtml");
            dina.await().until(d -> d.findElement(By.id("people")).getText().contains("nick"));
            dina.screenshot("partner-people");
        }
        try (Chrome sam = new Chrome()) {
            sam.signIn(BASE + "/external/", "sam");
            WebDriver browser = sam.driver();
            browser.get(PORTAL + "forecast.xhtml");
            awaitOrDump(sam, () -> sam.await().until(d -> d.findElements(By.cssSelector("#forecast-chart canvas")).size() == 1));
            assertTrue(browser.findElement(By.id("forecast")).getText().contains("PRD-0002"), "Acme supplies the temperature logger");
            sam.screenshot("partner-forecast");
            browser.get(PORTAL + "supply.xhtml");
            sam.screenshot("partner-supply");
        }
        try (Chrome frank = new Chrome()) {
            frank.signIn(BASE + "/internal/", "frank");
            WebDriver browser = frank.driver();
            browser.get(BASE + "/internal/partner/view-as.xhtml");
            new Select(browser.findElement(By.id("view-as-form:organisation"))).selectByValue("northwind");
            browser.findElement(By.id("view-as-form:view")).click();
            awaitOrDump(frank, () -> frank.await().until(d -> d.findElement(By.id("view-as-banner")).getText().contains("Northwind")));
            frank.await().until(d -> d.findElements(By.cssSelector("#orders-chart canvas")).size() == 1);
            frank.screenshot("partner-view-as");
        }
    }

    /** A wait that, when it times out, says what the page showed instead. */
    private static void awaitOrDump(Chrome chrome, Runnable wait) {
        try {
            wait.run();
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            throw new AssertionError("timed out on " + chrome.driver().getCurrentUrl() + ":\n"
                    + chrome.driver().findElement(By.tagName("body")).getText(), timedOut);
        }
    }
}
