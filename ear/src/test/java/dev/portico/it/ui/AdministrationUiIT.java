package dev.portico.it.ui;

import static dev.portico.it.support.Browser.menu;
import static dev.portico.it.support.Browser.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Chrome;
import dev.portico.it.support.Deployments;
import java.util.List;
import java.util.UUID;
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
 * The administrator changes the policy in the portal; the change reaches another user's open
 * session, and the auditor finds it in the ledger page with an intact chain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationUiIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String POLICY = BASE + "/internal/access-admin/policy.xhtml";
    private static final String LEDGER = BASE + "/internal/audit/ledger.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @BeforeAll
    static void needsChromium() {
        Chrome.assumeInstalled();
    }

    @Test
    void policyChangeReachesOpenSessionsAndTheLedger() {
        String reason = "Staff survey " + UUID.randomUUID();
        try (Chrome ada = new Chrome(); Browser carol = new Browser(); Chrome audrey = new Chrome()) {
            assertEquals(List.of("directory", "hr"), menu(carol.signIn(BASE + "/internal/", "carol")));

            ada.signIn(POLICY, "ada");
            WebDriver admin = ada.driver();
            admin.findElement(By.id("policy-form:reason")).sendKeys(reason);
            admin.findElement(By.id("policy-form:role")).sendKeys("hr-manager");
            admin.findElement(By.id("policy-form:module")).sendKeys("customers");
            ((JavascriptExecutor) admin).executeScript("PF('scopeMenu').selectValue('ALL')");
            admin.findElement(By.id("policy-form:add")).click();
            ada.await().until(d -> d.findElement(By.id("policy-form:messages")).getText().contains("published"));
            String granted = admin.findElement(By.id("policy-form:messages")).getText();

            assertEquals(List.of("directory", "customers", "hr"), menu((org.htmlunit.html.HtmlPage) carol.open(BASE + "/internal/")),
                    "carol's open session has the new permission");

            audrey.signIn(LEDGER, "audrey");
            assertTrue(audrey.driver().getPageSource().contains(reason), "the change and its reason are in the ledger");
            assertTrue(audrey.driver().getPageSource().contains("+hr-manager customers:view ALL"));
            audrey.driver().findElement(By.id("ledger-form:verify")).click();
            audrey.await().until(d -> d.findElement(By.id("ledger-form:messages")).getText().contains("Chain intact"));

            admin.findElement(By.id("policy-form:reason")).sendKeys("Survey done");
            admin.findElement(By.xpath("//tr[td[text()='hr-manager'] and td[text()='customers'] and td[text()='ALL']]//button")).click();
            ada.await().until(d -> {
                String text = d.findElement(By.id("policy-form:messages")).getText();
                return text.contains("published") && !text.equals(granted);
            });
            assertEquals(List.of("directory", "hr"), menu((org.htmlunit.html.HtmlPage) carol.open(BASE + "/internal/")), "and loses it again");

            assertEquals(List.of(), ada.consoleErrors());
            assertEquals(List.of(), audrey.consoleErrors());
        }
    }

    @Test
    void administrationAndAuditAreClosedToOtherStaff() {
        try (Browser alice = new Browser()) {
            assertFalse(menu(alice.signIn(BASE + "/internal/", "alice")).contains("access-admin"));
            assertEquals(403, status(alice.open(POLICY)));
            assertEquals(403, status(alice.open(LEDGER)));
        }
    }
}
