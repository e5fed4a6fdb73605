package dev.portico.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Chrome;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The HR pages in a real browser, scripts on: the headcount chart draws without a script error
 * for carol (all staff) and frank (his team), and bob's salary band appears only after carol
 * asks for it. The pages are kept as screenshots for docs/hr.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrChromeIT {

    private static final String BASE = System.getProperty("portico.baseUrl") + "/internal";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @BeforeAll
    static void needsChromium() {
        Chrome.assumeInstalled();
    }

    @Test
    void theHeadcountChartDrawsForCarolAndFrankAndBobsBandAppearsOnlyOnCarolsClick() throws Exception {
        try (Chrome carol = new Chrome()) {
            carol.signIn(BASE + "/", "carol");
            WebDriver browser = carol.driver();
            browser.get(BASE + "/hr/summary.xhtml");
            carol.await().until(d -> d.findElements(By.cssSelector("[id='export-form:headcount-chart'] canvas")).size() == 1);
            assertTrue(browser.findElement(By.id("summary-scope")).getText().contains("All staff"), "carol sees all staff");
            assertEquals(List.of(), carol.consoleErrors(), "the summary page raised no script error");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('export-form:headcount-chart').scrollIntoView()");
            Thread.sleep(1500); // the chart animates its bars in: the screenshot waits for the drawn chart
            carol.screenshot("hr-summary");

            String planted = "PLANTED-CHROME-" + System.nanoTime();
            TestDatabase.update("UPDATE hr_employee_private SET salary_band = ? WHERE username = ?", planted, "bob");
            browser.get(BASE + "/directory/person.xhtml?username=bob");
            assertTrue(browser.findElements(By.id("salary-band")).isEmpty(), "the band is not on the page before it is asked for");
            assertFalse(browser.getPageSource().contains(planted), "nor anywhere in the page's source");
            browser.findElement(By.id("sensitive-form:show")).click();
            carol.await().until(d -> !d.findElements(By.id("salary-band")).isEmpty());
            assertEquals(planted, browser.findElement(By.id("salary-band")).getText().strip());
            carol.screenshot("hr-person-sensitive");
        }
        try (Chrome frank = new Chrome()) {
            frank.signIn(BASE + "/", "frank");
            WebDriver browser = frank.driver();
            browser.get(BASE + "/hr/summary.xhtml");
            frank.await().until(d -> d.findElements(By.cssSelector("[id='export-form:headcount-chart'] canvas")).size() == 1);
            assertTrue(browser.findElement(By.id("summary-scope")).getText().toLowerCase().contains("team"), "frank sees his team");
            assertEquals(List.of(), frank.consoleErrors(), "the team summary raised no script error");
            Thread.sleep(1500); // the chart animates its bars in: the screenshot waits for the drawn chart
            frank.screenshot("hr-team-summary");
        }
    }
}
