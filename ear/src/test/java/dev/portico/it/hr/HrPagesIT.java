package dev.portico.it.hr;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.Browser;
import dev.portico.it.support.Csv;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.Pdfs;
import dev.portico.it.support.TestDatabase;
import java.io.File;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebResponse;
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
 * The HR pages and API through the real sign-in: carol plants a salary band on bob's page and
 * reads it back only by asking; the planted text never reaches alice or frank in any page,
 * export or API answer they can request, and each of carol's views is in the audit access log,
 * which audrey filters by subject.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrPagesIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String BOB = BASE + "/internal/directory/person.xhtml?username=bob";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aPlantedSalaryBandReachesCarolOnRequestAndNeverAliceOrFrank() throws Exception {
        String planted = "PLANTED-UI-" + System.nanoTime();
        try (Browser carol = new Browser()) {
            carol.signIn(BASE + "/internal/", "carol");
            HtmlPage page = (HtmlPage) carol.open(BOB);
            assertNull(page.getElementById("salary-band"), "not loaded with the page");
            HtmlPage shown = click(page, "sensitive-form:show");
            assertTrue(body(shown).contains("access log"), body(shown));
            HtmlForm form = (HtmlForm) shown.getElementById("sensitive-form");
            form.getInputByName("sensitive-form:band").setValue(planted);
            form.getInputByName("sensitive-form:band-reason").setValue("HrPagesIT: promotion");
            HtmlPage changed = click(shown, "sensitive-form:change-band");
            assertNull(changed.getElementById("salary-band"), "after the change the fields are hidden again");
            HtmlPage again = click(changed, "sensitive-form:show");
            assertEquals(planted, again.getElementById("salary-band").getTextContent().strip());
            assertTrue(body(again).contains("salary_band"), "the change is in the history");
        }

        List<String> seen = new ArrayList<>();
        try (Browser frank = new Browser(); Browser alice = new Browser()) {
            frank.signIn(BASE + "/internal/", "frank");
            HtmlPage bob = (HtmlPage) frank.open(BOB);
            assertTrue(body(bob).contains("employment-record"), "frank reads his report's record");
            assertNull(bob.getElementById("sensitive-form"), "but has no sensitive section");
            seen.add(body(bob));
            HtmlPage summary = (HtmlPage) frank.open(BASE + "/internal/hr/summary.xhtml");
            assertEquals(200, status(summary));
            seen.add(body(summary));
            for (String kind : List.of("headcount", "flows", "absence", "plan")) {
                WebResponse csv = Browser.download(summary, "export-form:" + kind + "-csv");
                WebResponse pdf = Browser.download(summary, "export-form:" + kind + "-pdf");
                assertEquals("application/pdf", pdf.getContentType(), kind);
                List<List<String>> rows = Csv.parse(csv.getContentAsString(StandardCharsets.UTF_8));
                String pdfText;
                try (InputStream in = pdf.getContentAsStream()) {
                    pdfText = Pdfs.compact(in.readAllBytes());
                }
                // the PDF holds the same figures as the CSV, header and every cell
                for (List<String> row : rows) {
                    for (String cell : row) {
                        assertTrue(pdfText.contains(cell.replaceAll("\\s+", "")), () -> kind + " PDF lacks " + cell + ": " + pdfText);
                    }
                }
                assertTrue(pdfText.contains("theteamoffrank"), kind + " PDF names its scope");
                seen.add(csv.getContentAsString(StandardCharsets.UTF_8));
                seen.add(pdfText);
            }
            seen.add(body(frank.open(BASE + "/internal/directory/list.xhtml")));

            alice.signIn(BASE + "/internal/", "alice");
            HtmlPage aliceSeesBob = (HtmlPage) alice.open(BOB);
            assertEquals(200, status(aliceSeesBob));
            assertNull(aliceSeesBob.getElementById("employment-record"), "alice reads bob's directory entry only");
            seen.add(body(aliceSeesBob));
            assertEquals(403, status(alice.open(BASE + "/internal/hr/summary.xhtml")));
        }
        for (String persona : List.of("alice", "frank")) {
            String token = Api.token(persona);
            for (String path : List.of("/v1/staff", "/v1/staff/bob", "/v1/staff?search=bob", "/v1/hr/summaries/team",
                    "/v1/hr/summaries/headcount", "/v1/hr/summaries/plan", "/v1/hr/summaries/absence")) {
                seen.add(Api.get(path, token).body());
            }
            assertEquals(403, Api.get("/v1/staff/bob?include=sensitive", token).statusCode(), persona + " asking for the sensitive fields");
        }
        assertEquals(403, Api.get("/v1/hr/summaries/team", Api.token("alice")).statusCode());
        assertEquals(403, Api.get("/v1/staff", Api.token("dina")).statusCode(), "partners never reach HR");
        assertTrue(seen.stream().noneMatch(text -> text.contains(planted)), "the planted band reached alice or frank");

        HttpResponse<String> carolApi = Api.get("/v1/staff/bob?include=sensitive", Api.token("carol"));
        assertEquals(200, carolApi.statusCode(), carolApi.body());
        assertEquals(planted, Api.json(carolApi.body()).getJsonObject("sensitive").getString("salaryBand"));

        try (Browser audrey = new Browser()) {
            audrey.signIn(BASE + "/internal/", "audrey");
            HtmlPage log = (HtmlPage) audrey.open(BASE + "/internal/audit/access-log.xhtml");
            ((HtmlForm) log.getElementById("log-form")).getInputByName("log-form:subject").setValue("bob");
            HtmlPage found = click(log, "log-form:search");
            List<List<String>> rows = Browser.tableRows(found, "log-form:entries");
            long carolsViews = rows.stream().filter(r -> r.get(1).equals("carol") && r.get(3).contains("employee bob")
                    && r.get(6).contains("salary_band")).count();
            assertTrue(carolsViews >= 3, "two page views and one API view of bob's sensitive fields, by subject: " + rows);
        }
    }

    /** The hire page's import: a bad line is listed and nothing lands; the corrected file lands whole. */
    @Test
    void carolsAbsenceUploadWithABadLineImportsNothingAndTheCorrectedOneLands() throws Exception {
        String nobody = "nobody-" + System.nanoTime();
        File bad = csv("bob,TRAINING,2031-03-02,2031-03-03\r\n" + nobody + ",SICK,2031-03-02,2031-03-02\r\n");
        File good = csv("bob,TRAINING,2031-03-02,2031-03-03\r\n");
        long before = TestDatabase.single("SELECT COUNT(*) FROM hr_absence WHERE username = ? AND first_day = DATE '2031-03-02'", "bob");
        try (Browser carol = new Browser()) {
            HtmlPage result = upload(carol.signIn(BASE + "/internal/hr/hire.xhtml", "carol"), bad);
            assertEquals(200, status(result), body(result));
            assertTrue(body(result).contains("Nothing was imported: 1 of 2 row(s) are bad"), body(result));
            assertEquals(List.of(List.of("3", "'" + nobody + "' is not an employee in service")), Browser.tableRows(result, "import-form:import-errors"));
            assertEquals(before, TestDatabase.single("SELECT COUNT(*) FROM hr_absence WHERE username = ? AND first_day = DATE '2031-03-02'", "bob"));

            HtmlPage landed = upload(result, good);
            assertTrue(body(landed).contains("Imported 1 row(s): 1 created"), body(landed));
            assertEquals(before + 1, TestDatabase.single("SELECT COUNT(*) FROM hr_absence WHERE username = ? AND first_day = DATE '2031-03-02'", "bob"));
        }
    }

    private static File csv(String lines) throws java.io.IOException {
        File file = File.createTempFile("absences", ".csv");
        file.deleteOnExit();
        Files.writeString(file.toPath(), "username,type,first_day,last_day\r\n" + lines, StandardCharsets.UTF_8);
        return file;
    }

    private static HtmlPage upload(HtmlPage page, File csv) throws java.io.IOException {
        HtmlForm form = page.getFormByName("import-form");
        form.getRadioButtonsByName("import-form:kind").stream().filter(r -> r.getValueAttribute().equals("absences")).findFirst()
                .orElseThrow().setChecked(true);
        HtmlFileInput file = (HtmlFileInput) form.getInputByName("import-form:file");
        file.setFiles(csv);
        file.setContentType("text/csv");
        return ((HtmlSubmitInput) form.getInputByName("import-form:upload")).click();
    }

    @Test
    void aBadUsernameOrIncludeIsAProblemNamingTheField() {
        String token = Api.token("carol");
        HttpResponse<String> include = Api.get("/v1/staff/bob?include=salary", token);
        assertEquals(400, include.statusCode());
        assertTrue(include.body().contains("\"include\""), include.body());
        assertEquals(404, Api.get("/v1/staff/nobody-here", token).statusCode());
        assertEquals(400, Api.get("/v1/staff?limit=0", token).statusCode());
    }
}
