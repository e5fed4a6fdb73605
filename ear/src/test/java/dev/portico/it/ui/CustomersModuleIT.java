package dev.portico.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The customers table in a real browser: sorting and filtering go through PrimeFaces' Ajax to
 * the lazy model and the service's SQL, and the page logs no script error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersModuleIT {

    private static final String LIST = System.getProperty("portico.baseUrl") + "/internal/customers/list.xhtml";
    private static final By NAMES = By.cssSelector("#accounts-form\\:accounts_data .account-name");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @BeforeAll
    static void needsChromium() {
        Chrome.assumeInstalled();
    }

    @Test
    void sortingAndFilteringReloadTheTableFromTheServer() {
        try (Chrome chrome = new Chrome()) {
            chrome.signIn(LIST, "alice");
            List<String> initial = chrome.texts(NAMES);
            assertEquals(initial.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), initial, "sorted by name at first");

            chrome.driver().findElement(By.xpath("//th//span[@class='ui-column-title'][text()='City']")).click();
            chrome.await().until(d -> "Eastgate Office Furniture".equals(first(chrome)));

            chrome.driver().findElement(By.xpath("//th[.//span[text()='Name']]//input")).sendKeys("harbor");
            chrome.await().until(d -> chrome.texts(NAMES).stream().allMatch(n -> n.toLowerCase().contains("harbor")));
            assertFalse(chrome.texts(NAMES).isEmpty());
            assertTrue(chrome.texts(NAMES).size() < initial.size());

            assertEquals(List.of(), chrome.consoleErrors());
        }
    }

    private static String first(Chrome chrome) {
        List<String> names = chrome.texts(NAMES);
        return names.isEmpty() ? null : names.get(0);
    }
}
