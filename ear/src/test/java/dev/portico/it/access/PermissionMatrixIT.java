package dev.portico.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.SeededPolicy;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.htmlunit.Page;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission matrix over HTTP: every demo persona signs in to their portal through
 * Keycloak; their "My access" page must list exactly the seeded policy's grants for every
 * module × action, the menu must show exactly the deployed modules they may view, and each
 * module's page must answer 200 or 403 accordingly.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    private static final String BASE = System.getProperty("portico.baseUrl");

    /** Module pages deployed per portal, with the permission their menu entry and URL need. */
    private static final Map<String, Map<String, String>> PAGES = Map.of(
            "internal", Map.ofEntries(Map.entry("customers", "/customers/list.xhtml"), Map.entry("orders", "/orders/list.xhtml"),
                    Map.entry("service", "/service/queue.xhtml"), Map.entry("access-admin", "/access-admin/policy.xhtml"),
                    Map.entry("audit", "/audit/ledger.xhtml"), Map.entry("reviews", "/reviews/queue.xhtml"),
                    Map.entry("integration", "/integration/monitor.xhtml"), Map.entry("products", "/products/list.xhtml"),
                    Map.entry("purchasing", "/purchasing/list.xhtml"), Map.entry("partner", "/partner/view-as.xhtml"),
                    Map.entry("hr", "/hr/summary.xhtml"), Map.entry("directory", "/directory/list.xhtml"),
                    Map.entry("leads", "/leads/inbox.xhtml"), Map.entry("pipeline", "/pipeline/board.xhtml"),
                    Map.entry("finance", "/finance/ageing.xhtml")),
            "external", Map.of("partner", "/partner/home.xhtml"));
    private static final Map<String, String> MENU_PERMISSION = Map.ofEntries(Map.entry("customers", "customers:view"),
            Map.entry("orders", "orders:view"), Map.entry("service", "service:view"), Map.entry("access-admin", "access-admin:view"),
            Map.entry("audit", "audit:view"), Map.entry("reviews", "reviews:approve"), Map.entry("integration", "integration:view"),
            Map.entry("products", "products:view"), Map.entry("purchasing", "purchasing:view"), Map.entry("partner", "partner:view"),
            Map.entry("hr", "hr:view"), Map.entry("directory", "directory:view"),
            Map.entry("leads", "leads:view"), Map.entry("pipeline", "pipeline:view"), Map.entry("finance", "finance:view"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void everyPersonaSeesExactlyTheirGrantsInEveryModuleAndAction() {
        for (String persona : new TreeSet<>(SeededPolicy.PERSONAS.keySet())) {
            Map<String, String> expected = SeededPolicy.forPersona(persona);
            String portal = SeededPolicy.PARTNERS.contains(persona) ? "external" : "internal";
            try (Browser browser = new Browser()) {
                HtmlPage page = browser.signIn(BASE + "/" + portal + "/my-access.xhtml", persona);
                Map<String, String> shown = new TreeMap<>();
                int cells = 0;
                for (DomElement cell : page.getElementById("my-access").getElementsByTagName("td")) {
                    cells++;
                    if (cell.getAttribute("class").contains("allowed")) {
                        shown.put(cell.getAttribute("data-permission"), cell.getTextContent().strip());
                    }
                }
                assertEquals(SeededPolicy.MODULES.size() * SeededPolicy.ACTIONS.size(), cells,
                        persona + ": one cell per module and action");
                assertEquals(expected, shown, persona + " on My access");

                Set<String> menu = page.getElementById("portico-menu").getElementsByTagName("a").stream()
                        .map(a -> a.getAttribute("data-module")).filter(m -> !m.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> expectedMenu = PAGES.get(portal).keySet().stream()
                        .filter(module -> expected.containsKey(MENU_PERMISSION.get(module)))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expectedMenu, menu, persona + "'s menu");

                for (Map.Entry<String, String> module : PAGES.get(portal).entrySet()) {
                    Page answer = browser.open(BASE + "/" + portal + module.getValue());
                    int status = answer.getWebResponse().getStatusCode();
                    boolean allowed = expected.containsKey(MENU_PERMISSION.get(module.getKey()));
                    assertEquals(allowed ? 200 : 403, status, persona + " opening " + module.getValue());
                    if (!allowed) {
                        assertTrue(answer.getWebResponse().getContentAsString().contains("Reference"),
                                "a readable 403 page with a reference");
                    }
                }
            }
        }
    }
}
