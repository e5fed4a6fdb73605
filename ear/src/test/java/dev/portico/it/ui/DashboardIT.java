package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The internal home page's dashboard, persona by persona: exactly the widgets their roles give
 * (no hand-kept list: each module's widget declares its permission), figures equal to the same
 * rows counted in SQL within the persona's scope, and a figure's link opening its list filtered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    private static final String BASE = System.getProperty("portico.baseUrl") + "/internal";

    /** Who sees which widgets: the policy's permissions, read off SeededPolicy. */
    private static final Map<String, Set<String>> WIDGETS = new LinkedHashMap<>();

    static {
        WIDGETS.put("alice", Set.of("orders-quotes", "pipeline", "service-tickets"));
        WIDGETS.put("frank", Set.of("orders-quotes", "pipeline", "service-tickets", "hr"));
        WIDGETS.put("bob", Set.of("orders-quotes", "service-tickets"));
        WIDGETS.put("carol", Set.of("hr"));
        WIDGETS.put("dave", Set.of("orders-quotes", "finance-receivables"));
        WIDGETS.put("erin", Set.of("orders-quotes", "warehouse"));
        WIDGETS.put("ada", Set.of("integration", "access-admin"));
        WIDGETS.put("audrey", Set.of("audit"));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void everyPersonaSeesTheWidgetsItsRolesGiveAndNoOthers() {
        WIDGETS.forEach((user, expected) -> {
            try (Browser browser = new Browser()) {
                HtmlPage home = browser.signIn(BASE + "/", user);
                assertEquals(new TreeSet<>(expected), widgets(home), user + "'s dashboard");
                assertFalse(body(home).contains("Not available right now"), user + ": every widget read its figures");
            }
        });
    }

    @Test
    void theFiguresEqualTheirRowsCountedInSql() throws Exception {
        try (Browser bob = new Browser()) {
            HtmlPage home = bob.signIn(BASE + "/", "bob");
            assertEquals(TestDatabase.single("SELECT COUNT(*) FROM service_ticket WHERE status IN ('OPEN', 'IN_PROGRESS') AND sla_due_at < NOW(6) "
                    + "AND id > ?", "0"), figure(home, "service-tickets", "breached"), "bob's tickets past their SLA (scope ALL)");
            assertEquals(TestDatabase.single("SELECT COUNT(*) FROM quote WHERE status = 'DRAFT' AND id > ?", "0"),
                    figure(home, "orders-quotes", "quotes-DRAFT"), "bob's drafts (scope ALL)");
        }
        try (Browser alice = new Browser()) {
            HtmlPage home = alice.signIn(BASE + "/", "alice");
            assertEquals(TestDatabase.single("SELECT COUNT(*) FROM quote q JOIN customer_account a ON a.id = q.account_id "
                    + "WHERE q.status = 'SIGNED' AND a.territory = ?", "EAST"), figure(home, "orders-quotes", "quotes-SIGNED"),
                    "alice's signed orders: her territory only");
            assertEquals(TestDatabase.single("SELECT COUNT(*) FROM opportunity WHERE owner_username = ? AND stage = 'NEGOTIATION'", "alice"),
                    figure(home, "pipeline", "stage-NEGOTIATION"), "her own negotiations");

            HtmlPage drafts = ((HtmlAnchor) link(home, "orders-quotes", "quotes-DRAFT")).click();
            assertTrue(drafts.getUrl().toString().endsWith("/orders/list.xhtml?status=DRAFT"), drafts.getUrl().toString());
            assertEquals("DRAFT", ((org.htmlunit.html.HtmlSelect) drafts.getElementById("quotes-form:status")).getSelectedOptions().get(0)
                    .getValueAttribute(), "the list opens filtered by the figure's status");
        }
        try (Browser dave = new Browser()) {
            HtmlPage home = dave.signIn(BASE + "/", "dave");
            long overdue = TestDatabase.single("SELECT COUNT(*) FROM invoice i JOIN sales_order o ON o.id = i.sales_order_id "
                    + "WHERE o.status = 'INVOICED' AND o.amount_paid < i.amount AND i.due_at < NOW(6) AND i.id > ?", "0");
            assertEquals(overdue, figure(home, "finance-receivables", "overdue-invoices"), "dave's overdue invoices");
            HtmlPage list = ((HtmlAnchor) link(home, "finance-receivables", "overdue-invoices")).click();
            assertTrue(body(list).contains(overdue + " invoices match"), "the invoice list, filtered to the overdue ones: " + body(list));
        }
    }

    private static Set<String> widgets(HtmlPage page) {
        Set<String> ids = new TreeSet<>();
        for (DomElement section : page.getElementsByTagName("section")) {
            if (section.getAttribute("class").contains("portico-widget")) {
                ids.add(section.getId().substring("widget-".length()));
            }
        }
        return ids;
    }

    private static DomElement row(HtmlPage page, String widget, String figure) {
        DomElement section = page.getElementById("widget-" + widget);
        List<DomElement> rows = section.getByXPath(".//tr[@data-figure='" + figure + "']");
        assertEquals(1, rows.size(), widget + "/" + figure + " in " + section.asNormalizedText());
        return rows.get(0);
    }

    private static long figure(HtmlPage page, String widget, String figure) {
        return Long.parseLong(((DomElement) row(page, widget, figure).getByXPath(".//*[contains(@class, 'figure')]").get(0)).getTextContent().strip());
    }

    private static DomElement link(HtmlPage page, String widget, String figure) {
        return (DomElement) row(page, widget, figure).getByXPath(".//a").get(0);
    }
}
