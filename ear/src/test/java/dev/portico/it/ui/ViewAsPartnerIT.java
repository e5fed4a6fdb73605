package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import java.util.UUID;
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
 * frank (partner support) views Northwind's portal from the internal portal: Northwind's orders
 * only (not Southwind's, which frank reads everywhere else), a banner on every page, no control
 * that changes anything, and each page in the access log with frank as actor and Northwind as
 * on-behalf-of, where audrey reads it. Staff without partner support never get there.
 * (That every write is refused in this mode, even one frank holds outside it, is
 * {@code ActingForTest}'s: no partner page offers frank a write to try.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ViewAsPartnerIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String PARTNER = BASE + "/internal/partner/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void frankSeesNorthwindsPortalReadOnlyAndEachViewIsLogged() throws Exception {
        String label = "ViewAsPartnerIT " + UUID.randomUUID().toString().substring(0, 6);
        RemoteFixtures.signedQuote(RemoteFixtures.northwindCustomer(label + " north"));
        RemoteFixtures.signedQuote(RemoteFixtures.southwindCustomer(label + " south"));
        long before = TestDatabase.single("SELECT COUNT(*) FROM access_log WHERE username = ? AND on_behalf_of = 'northwind'", "frank");
        try (Browser frank = new Browser()) {
            HtmlPage choose = frank.signIn(PARTNER + "orders.xhtml", "frank");
            assertTrue(choose.getUrl().getPath().endsWith("/partner/view-as.xhtml"), "no organisation chosen yet: " + choose.getUrl());
            ((HtmlSelect) choose.getElementById("view-as-form:organisation")).setSelectedAttribute("northwind", true);
            HtmlPage home = click(choose, "view-as-form:view");
            assertTrue(text(home, "view-as-banner").contains("Northwind"), body(home));
            assertTrue(text(home, "view-as-banner").contains("read-only"));

            HtmlPage orders = (HtmlPage) frank.open(PARTNER + "orders.xhtml");
            assertTrue(text(orders, "view-as-banner").contains("Northwind"));
            assertTrue(body(orders).contains(label + " north"), "Northwind's order: " + orders.asNormalizedText());
            assertFalse(body(orders).contains(label + " south"), "not Southwind's, although frank reads it elsewhere");

            HtmlPage catalogue = (HtmlPage) frank.open(PARTNER + "catalogue.xhtml");
            assertNull(catalogue.getElementById("catalogue-form:items:0:add"), "no cart in this mode");
            HtmlPage tickets = (HtmlPage) frank.open(PARTNER + "tickets.xhtml");
            assertNull(tickets.getElementById("ticket-form:open"), "no new ticket in this mode");
            assertNull(tickets.getElementById("nav-people"));
            assertEquals(403, status(frank.open(PARTNER + "people.xhtml")), "Our people is the partner administrator's");

            HtmlPage stopped = click((HtmlPage) frank.open(PARTNER + "view-as.xhtml"), "view-as-form:stop");
            assertFalse(body(stopped).contains("view-as-banner"));
            assertTrue(((HtmlPage) frank.open(PARTNER + "home.xhtml")).getUrl().getPath().endsWith("/partner/view-as.xhtml"),
                    "after stopping, the partner pages ask again");
        }
        long logged = TestDatabase.single("SELECT COUNT(*) FROM access_log WHERE username = ? AND on_behalf_of = 'northwind' "
                + "AND outcome = 'VIEWED' AND record_type = 'partner-portal'", "frank");
        assertTrue(logged - before >= 4, "home, orders, catalogue, tickets, each logged: " + (logged - before));
        try (Browser audrey = new Browser()) {
            HtmlPage log = audrey.signIn(BASE + "/internal/audit/access-log.xhtml", "audrey");
            ((HtmlForm) log.getElementById("log-form")).getInputByName("log-form:user").setValue("frank");
            HtmlPage filtered = click(log, "log-form:search");
            assertTrue(filtered.asNormalizedText().contains("northwind"), "audrey sees on whose behalf: " + filtered.asNormalizedText());
            assertTrue(filtered.asNormalizedText().contains("/partner/orders.xhtml"));
        }
    }

    @Test
    void staffWithoutPartnerSupportCannotViewAsAPartner() {
        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/internal/", "alice");
            assertEquals(403, status(alice.open(PARTNER + "view-as.xhtml")));
            assertEquals(403, status(alice.open(PARTNER + "home.xhtml")));
        }
    }
}
