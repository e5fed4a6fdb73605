package dev.portico.it.ui;

import static dev.portico.it.support.Browser.download;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.tableRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Csv;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.Pdfs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit pages through the real Keycloak login, without JavaScript (filters and exports are
 * plain form posts): what the screen shows is what the CSV and the PDF hold, for the effective
 * access report and for a filtered grant history; other staff are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPagesIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String ACCESS = BASE + "/internal/audit/access.xhtml";
    private static final String LEDGER = BASE + "/internal/audit/ledger.xhtml";
    private static final String POLICY = BASE + "/internal/access-admin/policy.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void theAccessReportIsTheAuditModulesEntryAndItsExportsHoldTheScreensRows() throws Exception {
        try (Browser audrey = new Browser()) {
            HtmlPage home = audrey.signIn(BASE + "/internal/", "audrey");
            assertTrue(home.getElementById("portico-menu").asXml().contains("/internal/audit/access.xhtml"),
                    "the menu opens the audit module on the access report");

            HtmlPage report = (HtmlPage) audrey.open(ACCESS);
            List<List<String>> screen = tableRows(report, "access-form:rows");
            assertTrue(screen.stream().anyMatch(r -> r.equals(List.of("alice", "Alice Archer", "", "sales-rep", "customers",
                    "VIEW", "TERRITORY", r.get(7)))), () -> "alice views customers of her territory: " + screen);

            assertEquals(screen, csvRows(download(report, "access-form:export-csv")), "the CSV holds the rows on the screen, all of them");
            String pdf = pdfText(download(report, "access-form:export-pdf"));
            for (List<String> row : screen) {
                assertTrue(pdf.contains(row.get(0)), () -> row.get(0) + " missing from the PDF");
            }
            assertTrue(pdf.contains("Policyversion" + screen.get(0).get(7)), pdf);

            ((HtmlForm) report.getElementById("access-form")).getInputByName("access-form:module").setValue("customers");
            HtmlPage customers = ((DomElement) report.getElementById("access-form:apply")).click();
            List<List<String>> filtered = tableRows(customers, "access-form:rows");
            assertEquals(screen.stream().filter(r -> r.get(4).equals("customers")).toList(), filtered);
            assertEquals(filtered, csvRows(download(customers, "access-form:export-csv")), "the export follows the filter applied");
        }
    }

    @Test
    void aFilteredGrantHistoryExportsTheRowsOnTheScreen() throws Exception {
        // Sorts before every demo role, so the new rule is on the first page of the policy table.
        String role = "a-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser ada = new Browser(); Browser audrey = new Browser()) {
            HtmlPage policy = ada.signIn(POLICY, "ada");
            HtmlForm form = (HtmlForm) policy.getElementById("policy-form");
            form.getInputByName("policy-form:reason").setValue("Audit page test adds " + role);
            form.getInputByName("policy-form:role").setValue(role);
            form.getInputByName("policy-form:module").setValue("customers");
            policy = ((DomElement) policy.getElementById("policy-form:add")).click();
            assertTrue(policy.asNormalizedText().contains(role), "the rule was published");
            ((HtmlForm) policy.getElementById("policy-form")).getInputByName("policy-form:reason").setValue("Audit page test removes " + role);
            policy = ((DomElement) policy.getFirstByXPath("//tr[td[1][normalize-space()='" + role + "']]//button")).click();
            assertFalse(tableText(policy, "policy-form:rules").contains(role), "and removed again");

            HtmlPage ledger = audrey.signIn(LEDGER, "audrey");
            HtmlForm filters = (HtmlForm) ledger.getElementById("ledger-form");
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            filters.getInputByName("ledger-form:actor").setValue("ada");
            filters.getInputByName("ledger-form:role").setValue(role);
            filters.getInputByName("ledger-form:from_input").setValue(today);
            filters.getInputByName("ledger-form:to_input").setValue(today);
            HtmlPage filtered = ((DomElement) ledger.getElementById("ledger-form:apply")).click();

            List<List<String>> screen = tableRows(filtered, "ledger-form:entries");
            assertEquals(2, screen.size(), () -> "the rule's addition and removal: " + screen);
            assertTrue(screen.get(0).get(5).contains("-" + role + " customers:view OWN"), "newest first: " + screen);
            assertTrue(screen.get(1).get(5).contains("+" + role + " customers:view OWN"));
            assertTrue(screen.stream().allMatch(r -> r.get(2).equals("ada") && r.get(3).equals("POLICY_CHANGED")));
            assertEquals(screen, csvRows(download(filtered, "ledger-form:export-csv")));
            String pdf = pdfText(download(filtered, "ledger-form:export-pdf"));
            assertTrue(pdf.contains("+" + role + "customers:viewOWN") && pdf.contains("byaudrey"), pdf);
        }
    }

    @Test
    void otherStaffAreRefusedTheAuditPages() {
        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/internal/", "alice");
            assertEquals(403, status(alice.open(ACCESS)));
            assertEquals(403, status(alice.open(LEDGER)));
        }
    }

    /** The data rows of a CSV download, its header checked against nothing but its width. */
    private static List<List<String>> csvRows(WebResponse response) {
        assertEquals(200, response.getStatusCode());
        assertTrue(response.getResponseHeaderValue("Content-Disposition").startsWith("attachment"));
        List<List<String>> records = Csv.parse(response.getContentAsString(StandardCharsets.UTF_8));
        return records.subList(1, records.size());
    }

    /** The PDF's text without white space (see {@link Pdfs#compact}). */
    private static String pdfText(WebResponse response) throws IOException {
        assertEquals("application/pdf", response.getContentType());
        try (InputStream in = response.getContentAsStream()) {
            return Pdfs.compact(in.readAllBytes());
        }
    }

    private static String tableText(HtmlPage page, String id) {
        return tableRows(page, id).toString();
    }
}
