package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Chrome;
import dev.portico.it.support.Deployments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
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
import org.openqa.selenium.WebElement;

/**
 * A campaign through the pages: audrey starts one over alice in the audit module, frank finds
 * alice's role in his queue and keeps it with a comment, and audrey sees the campaign completed
 * and downloads its result (a non-Ajax request, as a browser without scripts makes it too).
 * Nothing is removed here (AccessReviewsIT covers revocation), so the demo realm stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessReviewsUiIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String CAMPAIGNS = BASE + "/internal/audit/reviews.xhtml";
    private static final String QUEUE = BASE + "/internal/reviews/queue.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @BeforeAll
    static void needsChromium() {
        Chrome.assumeInstalled();
    }

    @Test
    void auditorStartsManagerKeepsAuditorSeesItCompleted() {
        String name = "East reps " + UUID.randomUUID();
        try (Chrome audrey = new Chrome(); Chrome frank = new Chrome()) {
            audrey.signIn(CAMPAIGNS, "audrey");
            WebDriver auditor = audrey.driver();
            auditor.findElement(By.id("start-form:name")).sendKeys(name);
            auditor.findElement(By.id("start-form:reason")).sendKeys("Territory reshuffle");
            auditor.findElement(By.cssSelector("#start-form\\:users .ui-selectcheckboxmenu-trigger")).click();
            audrey.await().until(d -> d.findElement(By.xpath(userOption("alice"))).isDisplayed());
            auditor.findElement(By.xpath(userOption("alice") + "//div[contains(@class,'ui-chkbox-box')]")).click();
            ((JavascriptExecutor) auditor).executeScript("PF('usersMenu').hide()");
            auditor.findElement(By.id("start-form:start")).click();
            audrey.await().until(d -> d.findElement(By.id("reviews-form:messages")).getText().contains("started with 1 grant"));
            assertEquals(name, auditor.findElement(By.id("campaign-name")).getText());
            assertEquals(List.of("alice", "sales-rep", "frank", "Not decided"), cells(auditor, "reviews-form:items_data").subList(0, 4));

            frank.signIn(QUEUE, "frank");
            WebDriver manager = frank.driver();
            String row = "//tbody[@id='queue-form:pending_data']/tr[td[contains(., '" + name + "')]]";
            assertEquals("alice", manager.findElement(By.xpath(row + "//span[@class='review-user']")).getText());
            manager.findElement(By.xpath(row + "//button[contains(@id, ':attest')]")).click();
            frank.await().until(d -> d.findElement(By.id("queue-form:messages")).getText().contains("Write a short comment"));
            manager.findElement(By.xpath(row + "//input[contains(@id, ':comment')]")).sendKeys("Still covers the East");
            manager.findElement(By.xpath(row + "//button[contains(@id, ':attest')]")).click();
            frank.await().until(d -> d.findElement(By.id("queue-form:messages")).getText().contains("Kept: sales-rep for alice"));
            assertTrue(manager.findElements(By.xpath(row)).isEmpty(), "no longer waiting");
            assertTrue(manager.findElement(By.id("queue-form:decided")).getText().contains(name));

            auditor.get(CAMPAIGNS);
            String campaign = campaignRow(name);
            assertEquals("Completed", auditor.findElement(By.xpath(campaign + "//span[@class='review-status']")).getText());
            assertTrue(auditor.findElement(By.xpath(campaign)).getText().contains("1 of 1 decided"));

            assertEquals(List.of(), audrey.consoleErrors());
            assertEquals(List.of(), frank.consoleErrors());
        }
        try (Browser audrey = new Browser()) {
            HtmlPage campaigns = audrey.signIn(CAMPAIGNS, "audrey");
            HtmlPage detail = ((HtmlElement) campaigns.getFirstByXPath(campaignRow(name) + "//button[contains(@id, ':open')]")).click();
            Page csv = ((HtmlElement) detail.getElementById("reviews-form:export-csv")).click();
            assertTrue(csv.getWebResponse().getContentType().startsWith("text/csv"), csv.getWebResponse().getContentType());
            assertTrue(body(csv).contains("\r\nalice,sales-rep,frank,ATTESTED,Still covers the East,frank,"), body(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/internal/", "alice");
            assertEquals(403, status(alice.open(CAMPAIGNS)));
            assertEquals(403, status(alice.open(QUEUE)));
        }
    }

    private static String campaignRow(String name) {
        return "//tbody[@id='reviews-form:campaigns_data']/tr[td[text()='" + name + "']]";
    }

    private static String userOption(String username) {
        return "//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[text()='" + username + "']]";
    }

    private static List<String> cells(WebDriver driver, String tbodyId) {
        WebElement firstRow = driver.findElement(By.xpath("//tbody[@id='" + tbodyId + "']/tr[1]"));
        return firstRow.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
