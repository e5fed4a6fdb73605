package dev.portico.it.ui;

import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.tableRows;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.htmlunit.Page;
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
 * The CRM pages through the real login, as plain HTML (no scripts): the account's 360° page,
 * writing and signing a quote in the orders module, a distributor's quote list, and working a
 * ticket in the service module.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrmPagesIT {

    private static final String BASE = System.getProperty("portico.baseUrl");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void the360PageShowsEverySectionOfTheAccount() throws Exception {
        long blueHarbor = TestDatabase.accountId("Blue Harbor Foods");
        try (Browser alice = new Browser()) {
            HtmlPage page = signedIn(alice, "alice", "/internal/customers/account.xhtml?id=" + blueHarbor);

            assertEquals("Blue Harbor Foods", text(page, "account-name"));
            assertEquals("2150.00", text(page, "account-balance"));
            assertTrue(tableRows(page, "contacts").stream().anyMatch(r -> r.get(0).equals("Maya Chen")));
            assertEquals(3, tableRows(page, "interactions").size());
            assertTrue(tableRows(page, "quotes").stream().anyMatch(r -> r.get(1).equals("SIGNED")));
            List<String> events = tableRows(page, "timeline:entries").stream().map(r -> r.get(3)).toList();
            assertEquals(List.of("Order confirmed", "Shipped", "Invoiced", "Payment received"), events.subList(0, 4));
            assertTrue(tableRows(page, "tickets").stream().anyMatch(r -> r.get(0).equals("Temperature logger shows no readings")));
            assertFalse(body(page).contains("Exception"), "no stack trace");
        }
    }

    @Test
    void aRepSetsTheAccountsTierAndReorderIntervalAndAViewerMayNot() throws Exception {
        long account = RemoteFixtures.eastCustomer("CrmPagesIT Cadence");
        String path = "/internal/customers/account.xhtml?id=" + account;
        String sql = "SELECT CONCAT(tier, '/', COALESCE(reorder_interval_days, '-')) FROM customer_account WHERE id = ?";
        try (Browser alice = new Browser()) {
            HtmlPage page = signedIn(alice, "alice", path);
            assertEquals("Tier B: contact at least every 30 days", text(page, "account-cadence"));
            assertEquals("not a recurring customer", text(page, "account-reorder"));

            ((HtmlSelect) page.getElementById("cadence-form:tier")).setSelectedAttribute("A", true);
            page.getFormByName("cadence-form").getInputByName("cadence-form:reorder").setValue("45");
            HtmlPage saved = click(page, "cadence-form:save-cadence");
            assertTrue(body(saved).contains("Cadence saved"), body(saved));
            assertEquals("Tier A: contact at least every 14 days", text(saved, "account-cadence"));
            assertEquals("every 45 days", text(saved, "account-reorder"));
            assertEquals("A/45", TestDatabase.text(sql, Long.toString(account)));

            saved.getFormByName("cadence-form").getInputByName("cadence-form:reorder").setValue("0");
            HtmlPage refused = click(saved, "cadence-form:save-cadence");
            assertFalse(body(refused).contains("Cadence saved"));
            assertEquals("A/45", TestDatabase.text(sql, Long.toString(account)), "an interval of 0 days changes nothing");

            // A tier the form never offered (tampered request): Faces refuses it before the service is called.
            HtmlSelect tier = (HtmlSelect) refused.getElementById("cadence-form:tier");
            tier.getOption(0).setValueAttribute("Z");
            tier.setSelectedIndex(0);
            refused.getFormByName("cadence-form").getInputByName("cadence-form:reorder").setValue("10");
            HtmlPage tampered = click(refused, "cadence-form:save-cadence");
            assertFalse(body(tampered).contains("Cadence saved"));
            assertEquals("A/45", TestDatabase.text(sql, Long.toString(account)));
        }
        try (Browser bob = new Browser()) {
            HtmlPage page = signedIn(bob, "bob", path);
            assertEquals("Tier A: contact at least every 14 days", text(page, "account-cadence"), "a viewer reads it");
            assertTrue(page.getElementById("cadence-form") == null, "without customers:edit no form");
        }
    }

    @Test
    void aRepWritesAQuoteAndSignsItForTheErp() throws Exception {
        long fairview = RemoteFixtures.eastCustomer("CrmPagesIT Fairview");
        try (Browser alice = new Browser()) {
            HtmlPage form = signedIn(alice, "alice", "/internal/orders/new.xhtml?account=" + fairview);
            HtmlForm quote = form.getFormByName("quote-form");
            assertEquals(Long.toString(fairview), ((HtmlSelect) form.getElementById("quote-form:account")).getSelectedOptions().get(0).getValueAttribute());
            quote.getInputByName("quote-form:rows:0:sku").setValue("PRD-0001");
            quote.getInputByName("quote-form:rows:0:description").setValue("Insulated pallet cover");
            quote.getInputByName("quote-form:rows:0:quantity").setValue("4");
            quote.getInputByName("quote-form:rows:1:sku").setValue("PRD-0002");
            quote.getInputByName("quote-form:rows:1:quantity").setValue("1");
            HtmlPage draft = click(form, "quote-form:create");

            assertTrue(draft.getUrl().getPath().endsWith("/orders/quote.xhtml"), draft.getUrl().toString());
            assertEquals("DRAFT", text(draft, "quote-status"));
            assertEquals("275.00 EUR", text(draft, "quote-total"));
            assertEquals(List.of("PRD-0001", "PRD-0002"), tableRows(draft, "lines").stream().map(r -> r.get(1)).toList());

            HtmlPage signed = click(draft, "sign-form:sign");

            assertEquals("SIGNED", text(signed, "quote-status"));
            assertTrue(text(signed, "quote-signed").endsWith("alice"));
            assertTrue(body(signed).contains("on its way to the ERP"));
            assertTrue(signed.getElementById("sign-form:sign") == null, "a signed quote offers no second signature");
            assertEquals("SIGNED", TestDatabase.text("SELECT status FROM quote WHERE id = ?", text(signed, "quote-id")));
        }
    }

    @Test
    void aProspectsQuoteIsRefusedOnThePage() throws Exception {
        long quote = RemoteFixtures.draftQuote(RemoteFixtures.eastProspect("CrmPagesIT Eastgate"));
        try (Browser alice = new Browser()) {
            HtmlPage page = signedIn(alice, "alice", "/internal/orders/quote.xhtml?id=" + quote);
            HtmlPage refused = click(page, "sign-form:sign");

            assertTrue(body(refused).contains("prospects never reach the ERP"));
            assertEquals("DRAFT", text(refused, "quote-status"));
        }
    }

    @Test
    void anAgentWorksATicketFromTheQueue() throws Exception {
        long id = RemoteFixtures.openTicket(RemoteFixtures.eastCustomer("CrmPagesIT Harbor Tools"), "Question about rack assembly");
        String subject = TestDatabase.text("SELECT subject FROM service_ticket WHERE id = ?", Long.toString(id));
        try (Browser bob = new Browser()) {
            HtmlPage queue = bob.signIn(BASE + "/internal/service/queue.xhtml", "bob");
            List<List<String>> rows = tableRows(queue, "queue");
            // The demo's urgent ticket is read, never worked: its 4 h ran out in the seed.
            int urgent = indexOf(rows, "Temperature logger shows no readings");
            assertTrue(rows.get(urgent).get(0).startsWith("overdue"), "its 4 h ran out 2 h ago: " + rows.get(urgent));
            assertFalse(queue.getByXPath("//span[contains(@class,'sla-overdue')]").isEmpty());
            int normal = indexOf(rows, subject);
            assertTrue(urgent < normal, "due first on top");

            HtmlPage ticket = (HtmlPage) bob.open(BASE + "/internal/service/ticket.xhtml?id=" + id);
            ticket.getFormByName("comment-form").getTextAreaByName("comment-form:comment").setText("Sent the assembly guide.");
            ticket = click(ticket, "comment-form:add");
            assertTrue(tableRows(ticket, "comments").stream().anyMatch(r -> r.get(2).equals("Sent the assembly guide.")));

            ticket = click(ticket, "work-form:assign");
            assertEquals("IN_PROGRESS", text(ticket, "ticket-status"));
            assertEquals("bob", text(ticket, "ticket-assignee"));

            ticket = click(ticket, "work-form:resolve");
            assertEquals("RESOLVED", text(ticket, "ticket-status"));
            assertFalse(text(ticket, "ticket-resolved").isEmpty());
            assertTrue(tableRows((HtmlPage) bob.open(BASE + "/internal/service/queue.xhtml"), "queue").stream()
                    .noneMatch(r -> r.get(1).equals(subject)), "off the queue");
        }
    }

    /** Keycloak brings the user back to the page without its query string, so sign in first, then open. */
    private static HtmlPage signedIn(Browser browser, String user, String path) {
        browser.signIn(BASE + "/internal/", user);
        return (HtmlPage) browser.open(BASE + path);
    }

    private static List<String> accounts(HtmlPage list) {
        return tableRows(list, "quotes-form:quotes").stream().map(r -> r.get(1)).toList();
    }

    private static int indexOf(List<List<String>> rows, String subject) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(1).equals(subject)) {
                return i;
            }
        }
        throw new AssertionError(subject + " not in " + rows);
    }

}
