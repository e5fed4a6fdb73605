package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.tableRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch pages through the real login, as plain HTML: ada uploads an accounts file with one
 * bad row and the page lists that row's line and reason while the database stays untouched; the
 * reconciliation page shows a run ada starts; a sales rep is refused both pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchPagesIT {

    private static final String BASE = System.getProperty("portico.baseUrl");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void anUploadWithABadLineShowsThatLineAndImportsNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        File csv = File.createTempFile("accounts", ".csv");
        csv.deleteOnExit();
        Files.writeString(csv.toPath(), "name,territory,owner,city\r\n"
                + "Page Good " + tag + ",EAST,alice,\"Boston,\r\nMA\"\r\n"
                + "Page Bad " + tag + ",EAST,nobody-" + tag + ",Boston\r\n", StandardCharsets.UTF_8);
        try (Browser ada = new Browser()) {
            HtmlPage page = ada.signIn(BASE + "/internal/integration/imports.xhtml", "ada");
            HtmlForm form = page.getFormByName("import-form");
            HtmlFileInput file = (HtmlFileInput) form.getInputByName("import-form:file");
            file.setFiles(csv);
            file.setContentType("text/csv");
            HtmlPage result = ((HtmlSubmitInput) form.getInputByName("import-form:upload")).click();

            assertEquals(200, status(result), body(result));
            assertEquals(List.of(List.of("4", "owner 'nobody-" + tag + "' is not a member of staff")),
                    tableRows(result, "import-form:errors"));
            assertTrue(body(result).contains("Nothing was imported: 1 of 2 row(s) are bad"), body(result));
            assertFalse(body(result).contains("Exception"), "no stack trace");
        }
        assertEquals(0, TestDatabase.single("SELECT COUNT(*) FROM customer_account WHERE name LIKE ?", "Page % " + tag));
    }

    @Test
    void adaStartsAReconciliationOnThePageAndASalesRepIsRefused() throws Exception {
        try (Browser ada = new Browser(); Browser alice = new Browser()) {
            HtmlPage page = ada.signIn(BASE + "/internal/integration/reconciliation.xhtml", "ada");
            HtmlPage started = ((org.htmlunit.html.DomElement) page.getElementById("runs-form:start")).click();

            assertTrue(body(started).contains("started; it runs in the background"), body(started));
            List<List<String>> runs = tableRows(started, "runs-form:runs");
            assertFalse(runs.isEmpty());
            assertEquals("ada", runs.get(0).get(3), runs.get(0).toString());

            alice.signIn(BASE + "/internal/", "alice");
            assertEquals(403, status(alice.open(BASE + "/internal/integration/reconciliation.xhtml")));
            assertEquals(403, status(alice.open(BASE + "/internal/integration/imports.xhtml")));
        }
    }
}
