package dev.portico.it.crm;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Csv;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlSubmitInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pipeline's pages as their users click them (HtmlUnit, plain form posts): alice enters a
 * lead, qualifies it and moves its opportunity; frank reads the team's forecast and its CSV;
 * dina registers a deal in the partner portal, sees only Northwind's registrations and the
 * company's decision, never who works it inside.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelinePagesIT {

    private static final String BASE = System.getProperty("portico.baseUrl");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aliceEntersALeadQualifiesItAndMovesItsOpportunityAndFrankReadsTheForecast() throws Exception {
        String tag = "PagesIT lead " + System.nanoTime();
        // today: in this quarter's forecast whatever the day
        String close = LocalDate.now(ZoneOffset.UTC).toString();
        try (Browser alice = new Browser()) {
            HtmlPage inbox = alice.signIn(BASE + "/internal/leads/inbox.xhtml", "alice");
            HtmlForm form = inbox.getFormByName("new-form");
            form.getInputByName("new-form:company").setValue(tag);
            form.getInputByName("new-form:contact").setValue("Olga Nowak");
            form.getInputByName("new-form:estimate").setValue("5000");
            HtmlSelect territory = form.getSelectByName("new-form:territory");
            territory.setSelectedAttribute(territory.getOptionByValue("EAST"), true);
            HtmlPage lead = submit(form, "new-form:create");
            assertEquals(200, status(lead), body(lead));
            assertEquals(tag, lead.getElementById("lead-company").getTextContent().strip());
            assertEquals("NEW", lead.getElementById("lead-status").getAttribute("data-status"));

            HtmlForm qualify = lead.getFormByName("qualify-form");
            qualify.getInputByName("qualify-form:close").setValue(close);
            HtmlPage qualified = submit(qualify, "qualify-form:qualify");
            assertTrue(body(qualified).contains("Qualified: the prospect account"), body(qualified));
            assertEquals("QUALIFIED", qualified.getElementById("lead-status").getAttribute("data-status"));
            assertTrue(qualified.getElementById("qualify-form") == null, "a qualified lead offers no second qualification");

            HtmlPage opportunity = qualified.getElementById("opportunity-link").click();
            assertEquals("QUALIFICATION", opportunity.getElementById("stage").getAttribute("data-stage"));
            HtmlForm move = opportunity.getFormByName("move-form");
            HtmlSelect to = move.getSelectByName("move-form:to");
            to.setSelectedAttribute(to.getOptionByValue("PROPOSAL"), true);
            move.getInputByName("move-form:note").setValue("demo booked");
            HtmlPage moved = submit(move, "move-form:move");
            assertEquals("PROPOSAL", moved.getElementById("stage").getAttribute("data-stage"), body(moved));
            List<List<String>> history = Browser.tableRows(moved, "history");
            assertEquals(2, history.size(), "the opening and the move");
            assertEquals(List.of("alice", "Qualification", "Proposal", "demo booked"), history.get(1).subList(1, 5));

            HtmlPage board = (HtmlPage) alice.open(BASE + "/internal/pipeline/board.xhtml");
            assertTrue(board.getElementById("column-PROPOSAL").getTextContent().contains(tag), "on alice's board, in Proposal");
            assertEquals(200, status(alice.open(BASE + "/internal/pipeline/forecast.xhtml")));
            assertEquals(200, status(alice.open(BASE + "/internal/pipeline/cadence.xhtml")));
            HtmlPage calendar = (HtmlPage) alice.open(BASE + "/internal/pipeline/calendar.xhtml");
            HtmlForm plan = calendar.getFormByName("plan-form");
            plan.getInputByName("plan-form:account").setValue(
                    Long.toString(TestDatabase.single("SELECT account_id FROM crm_lead WHERE company = ?", tag)));
            plan.getInputByName("plan-form:at").setValue(LocalDate.now(ZoneOffset.UTC).plusDays(1) + " 10:00");
            plan.getInputByName("plan-form:summary").setValue("Demo for " + tag);
            HtmlPage planned = submit(plan, "plan-form:plan");
            assertTrue(body(planned).contains("Activity planned."), body(planned));
            assertTrue(Browser.tableRows(planned, "calendar-form:planned").stream().anyMatch(r -> r.contains("Demo for " + tag)),
                    "on alice's calendar");
        }
        try (Browser frank = new Browser()) {
            HtmlPage forecast = frank.signIn(BASE + "/internal/pipeline/forecast.xhtml", "frank");
            assertTrue(Browser.tableRows(forecast, "forecast-form:forecast").stream().anyMatch(r -> r.get(0).equals("alice")), "alice is in frank's team");
            WebResponse csv = Browser.download(forecast, "forecast-form:export-csv");
            List<List<String>> rows = Csv.parse(csv.getContentAsString(StandardCharsets.UTF_8));
            assertEquals(List.of("Owner", "Currency", "Opportunities", "Open pipeline", "Weighted", "Committed", "Won", "Target"), rows.get(0));
            assertEquals(Browser.tableRows(forecast, "forecast-form:forecast").size(), rows.size() - 1, "the CSV carries the page's rows");
            HtmlPage board = (HtmlPage) frank.open(BASE + "/internal/pipeline/board.xhtml");
            assertTrue(board.getElementById("column-PROPOSAL").getTextContent().contains(tag), "frank's board has his team's");
        }
        try (Browser bob = new Browser()) {
            bob.signIn(BASE + "/internal/", "bob");
            assertEquals(403, status(bob.open(BASE + "/internal/pipeline/board.xhtml")), "a service agent has no pipeline");
            assertEquals(403, status(bob.open(BASE + "/internal/leads/inbox.xhtml")));
        }
    }

    @Test
    void dinaRegistersADealSeesOnlyNorthwindsAndTheDecisionButNeverWhoWorksIt() throws Exception {
        String tag = "PagesIT deal " + System.nanoTime();
        TestDatabase.update("INSERT INTO crm_lead (company, contact_name, territory, source, partner_organisation_id, registration, status, "
                + "created_by) SELECT ?, 'Someone', 'EAST', 'PARTNER', id, 'PENDING', 'NEW', 'planted' FROM organisation WHERE alias = 'southwind'",
                tag + " southwind");
        try (Browser dina = new Browser()) {
            HtmlPage page = dina.signIn(BASE + "/external/partner/registrations.xhtml", "dina");
            HtmlForm form = page.getFormByName("register-form");
            form.getInputByName("register-form:company").setValue(tag);
            form.getInputByName("register-form:contact").setValue("Piotr Lis");
            form.getInputByName("register-form:estimate").setValue("7000");
            HtmlPage registered = submit(form, "register-form:register");
            assertTrue(body(registered).contains("Registered: our sales team will decide"), body(registered));
            List<List<String>> rows = Browser.tableRows(registered, "registrations");
            assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(tag) && r.get(3).equals("Pending")), rows.toString());
            assertFalse(body(registered).contains(tag + " southwind"), "another partner's registration");
        }
        long lead = TestDatabase.single("SELECT id FROM crm_lead WHERE company = ?", tag);
        try (Browser frank = new Browser()) {
            frank.signIn(BASE + "/internal/", "frank");
            HtmlPage page = (HtmlPage) frank.open(BASE + "/internal/leads/lead.xhtml?id=" + lead);
            HtmlForm decide = page.getFormByName("decide-form");
            decide.getInputByName("decide-form:owner").setValue("alice");
            decide.getInputByName("decide-form:note").setValue("Yours, go ahead");
            HtmlPage decided = submit(decide, "decide-form:accept");
            assertTrue(body(decided).contains("Decision recorded"), body(decided));
            assertEquals("alice", decided.getElementById("lead-owner").getTextContent().strip());
        }
        try (Browser dina = new Browser()) {
            HtmlPage page = dina.signIn(BASE + "/external/partner/registrations.xhtml", "dina");
            List<String> row = Browser.tableRows(page, "registrations").stream().filter(r -> r.get(0).equals(tag)).findFirst().orElseThrow();
            assertEquals("Accepted", row.get(3));
            assertEquals("Yours, go ahead", row.get(4));
            String text = page.getElementById("registrations").getTextContent();
            assertFalse(text.contains("alice"), "who works the deal inside is not the partner's to see");
        }
    }

    private static HtmlPage submit(HtmlForm form, String button) throws java.io.IOException {
        return ((HtmlSubmitInput) form.getInputByName(button)).click();
    }
}
