package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The pipeline in a real browser, scripts on and the Content-Security-Policy enforced: frank's
 * board shows his team's demo opportunities in their columns, a card dropped on another column is
 * moved and recorded, and the forecast chart draws without a script error. Screenshots for
 * docs/pipeline.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelineChromeIT {

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
    void franksBoardAndForecastDrawWithoutAScriptErrorAndADroppedCardMoves() throws Exception {
        String name = "ChromeIT drag " + System.nanoTime();
        TestDatabase.update("INSERT INTO opportunity (account_id, name, owner_username, stage, amount, currency, close_date) "
                + "SELECT id, ?, 'frank', 'PROSPECTING', 700, 'USD', CURRENT_DATE FROM customer_account WHERE name = 'Harborline Logistics'", name);
        long id = TestDatabase.single("SELECT id FROM opportunity WHERE name = ?", name);
        try (Chrome frank = new Chrome()) {
            frank.signIn(BASE + "/", "frank");
            WebDriver browser = frank.driver();
            browser.get(BASE + "/pipeline/board.xhtml");
            assertEquals("true", browser.findElement(By.cssSelector("[data-opportunity='" + id + "']")).getAttribute("draggable"),
                    "the board's script made the cards draggable");
            // the drop handler's own entry point: Chrome's driver does not synthesise HTML5 drag events
            ((JavascriptExecutor) browser).executeScript("porticoBoardDrop(arguments[0], 'PROPOSAL')", Long.toString(id));
            frank.await().until(d -> d.findElement(By.id("column-PROPOSAL")).getText().contains(name));
            assertEquals("PROPOSAL", TestDatabase.text("SELECT stage FROM opportunity WHERE id = ?", Long.toString(id)));
            assertEquals(1, TestDatabase.single("SELECT COUNT(*) FROM opportunity_stage_change WHERE opportunity_id = ? AND to_stage = 'PROPOSAL' "
                    + "AND changed_by = 'frank'", Long.toString(id)), "the drop is recorded as any move");
            assertFalse(browser.findElement(By.id("column-NEGOTIATION")).findElements(By.cssSelector(".portico-card")).isEmpty(),
                    "the demo's negotiations are on the board");
            assertEquals(List.of(), frank.consoleErrors(), "the board raised no script error");
            frank.screenshot("pipeline-board");
            browser.get(BASE + "/pipeline/forecast.xhtml");
            frank.await().until(d -> d.findElements(By.cssSelector("[id='forecast-form:forecast-chart'] canvas")).size() == 1);
            assertEquals(List.of(), frank.consoleErrors(), "the forecast raised no script error");
            Thread.sleep(1500); // the chart animates its bars in: the screenshot waits for the drawn chart
            frank.screenshot("pipeline-forecast");
        }
    }
}
