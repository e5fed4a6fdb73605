package dev.portico.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import dev.portico.contract.ErpEventType;
import dev.portico.it.support.Chrome;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RemoteFixtures;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Live alerts in a real browser (Chromium): a stock shortage the ERP reports on alice's customer
 * appears on her open page without a reload; a shipment, which is no alert, does not. The event
 * is published on the topic inside the server by {@link ErpPublisher}, a servlet of the test WAR,
 * exactly as the ERP would publish it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderAlertsIT {

    private static final String BASE = System.getProperty("portico.baseUrl");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(OrderAlertsIT.class);
    }

    @Test
    void aShortageOnHerCustomersOrderAppearsOnHerOpenPage() throws Exception {
        Chrome.assumeInstalled();
        long account = RemoteFixtures.eastCustomer("OrderAlertsIT Lakeview");
        long quote = RemoteFixtures.signedQuote(account);
        try (Chrome alice = new Chrome()) {
            alice.signIn(BASE + "/internal/customers/list.xhtml", "alice");
            alice.await().until(d -> !d.findElements(By.cssSelector(".account-name")).isEmpty());

            publish(ErpEventType.SHIPPED, quote, account, "Parcel 3");
            publish(ErpEventType.STOCK_SHORTAGE, quote, account, "PRD-0002 short by 5");

            try {
                alice.await().until(d -> !d.findElements(By.cssSelector(".portico-alert")).isEmpty());
            } catch (org.openqa.selenium.TimeoutException none) {
                throw new AssertionError("no alert; browser console: " + alice.consoleErrors(), none);
            }
            List<String> alerts = alice.texts(By.cssSelector(".portico-alert"));
            assertEquals(1, alerts.size(), "the shipment is no alert: " + alerts);
            assertTrue(alerts.get(0).contains("Stock shortage") && alerts.get(0).contains("OrderAlertsIT Lakeview")
                    && alerts.get(0).contains("PRD-0002 short by 5"), alerts.get(0));
            assertTrue(alice.driver().findElement(By.cssSelector(".portico-alert a")).getAttribute("href")
                    .endsWith("/customers/account.xhtml?id=" + account));
            assertEquals(List.of(), alice.consoleErrors());
        }
    }

    private static void publish(ErpEventType type, long quote, long account, String detail) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE
                + "/portico-tests/erp-event?type=" + type + "&quote=" + quote + "&account=" + account + "&detail="
                + java.net.URLEncoder.encode(detail, java.nio.charset.StandardCharsets.UTF_8))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode(), response.body());
    }

    /** Publishes one ErpEvent on the topic, as the ERP does; only in the test WAR, never in the product. */
    @WebServlet("/erp-event")
    public static class ErpPublisher extends HttpServlet {

        @Inject
        @JMSConnectionFactory(Destinations.ERP_SIDE_FACTORY)
        private JMSContext jms;

        @Resource(lookup = Destinations.ERP_EVENTS_TOPIC)
        private Topic erpEvents;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ErpEventType type = ErpEventType.valueOf(request.getParameter("type"));
            ErpEvent event = ErpEvent.of(type, Long.parseLong(request.getParameter("quote")), 9001,
                    Long.parseLong(request.getParameter("account")), null, null, request.getParameter("detail"), Instant.now());
            jms.createProducer().setProperty(ErpEvent.TYPE_PROPERTY, type.name()).send(erpEvents, event.toJson());
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }
}
