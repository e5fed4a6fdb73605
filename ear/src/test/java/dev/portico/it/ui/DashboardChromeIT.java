package dev.portico.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.it.support.Chrome;
import dev.portico.it.support.Deployments;
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
 * The dashboards in a real browser, scripts on and the Content-Security-Policy enforced: each
 * persona's charts draw without a script error; screenshots of each home for docs/dashboards.md
 * (kept with the build's other screenshots).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardChromeIT {

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
    void eachPersonasDashboardDrawsWithoutAScriptError() throws Exception {
        for (String user : List.of("frank", "dave", "bob", "erin", "carol", "ada", "audrey")) {
            try (Chrome chrome = new Chrome()) {
                chrome.signIn(BASE + "/", user);
                WebDriver browser = chrome.driver();
                int charts = browser.findElements(By.cssSelector(".widget-chart")).size();
                chrome.await().until(d -> d.findElements(By.cssSelector(".widget-chart canvas")).size() == charts);
                assertEquals(List.of(), chrome.consoleErrors(), user + "'s dashboard raised no script error");
                chrome.screenshot("dashboard-" + user);
            }
        }
    }
}
