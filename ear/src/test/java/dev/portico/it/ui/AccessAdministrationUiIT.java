package dev.portico.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administration and audit pages as their users work them, in a browser without scripts
 * (every form is a plain submit): ada grants and revokes a role and sees Keycloak's answer;
 * audrey asks why dina can see one account and not another; the conflicts and access log pages
 * open for her and stay closed to a sales rep.
 */
@ExtendWith(ArquillianExtension.class)
class AccessAdministrationUiIT {

    private static final String BASE = System.getProperty("portico.baseUrl") + "/internal";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void adaGrantsAndRevokesARoleOnTheGrantsPage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.signIn(BASE + "/access-admin/grants.xhtml", "ada");
            String alice = usersRow(page, "alice");
            String dina = usersRow(page, "dina");
            assertTrue(alice.contains("sales-rep"), alice);
            assertTrue(dina.contains("northwind"), dina);

            ((HtmlTextInput) page.getElementById("grants-form:reason")).type("Covers stock-taking week");
            ((HtmlSelect) page.getElementById("grants-form:grant-user")).setSelectedAttribute("bob", true);
            ((HtmlSelect) page.getElementById("grants-form:grant-role")).setSelectedAttribute("warehouse", true);
            page = ((HtmlButton) page.getElementById("grants-form:grant")).click();
            assertTrue(page.asNormalizedText().contains("Role warehouse granted to bob."), page.asNormalizedText());
            assertTrue(usersRow(page, "bob").contains("warehouse"), "the page shows Keycloak's new state (re-read after the change)");

            ((HtmlTextInput) page.getElementById("grants-form:reason")).type("Stock-taking done");
            page = revokeButton(page, "bob", "warehouse").click();
            assertTrue(page.asNormalizedText().contains("Role warehouse revoked from bob."), page.asNormalizedText());
            assertFalse(usersRow(page, "bob").contains("warehouse"), "gone from Keycloak, as re-read");
        }
    }

    /** zara is a second real administrator of the realm, signed in through Keycloak like ada. */
    @Test
    void aConflictingGrantWaitsForASecondAdministratorWhoApprovesItOnTheGrantsPage() throws Exception {
        try (Browser adaBrowser = new Browser(); Browser zaraBrowser = new Browser()) {
            HtmlPage ada = adaBrowser.signIn(BASE + "/access-admin/grants.xhtml", "ada");
            ((HtmlTextInput) ada.getElementById("grants-form:reason")).type("Covers for dave at month-end");
            ((HtmlSelect) ada.getElementById("grants-form:grant-user")).setSelectedAttribute("frank", true);
            ((HtmlSelect) ada.getElementById("grants-form:grant-role")).setSelectedAttribute("finance", true);
            ada = ((HtmlButton) ada.getElementById("grants-form:grant")).click();
            assertTrue(ada.asNormalizedText().contains("waits for a second administrator"), ada.asNormalizedText());
            assertFalse(usersRow(ada, "frank").contains("finance"), "not applied without approval");

            ((HtmlTextInput) ada.getElementById("grants-form:reason")).type("I approve myself");
            ada = approveButton(ada, "frank", "finance").click();
            assertTrue(ada.asNormalizedText().contains("needs a second administrator"), ada.asNormalizedText());
            assertFalse(usersRow(ada, "frank").contains("finance"), "ada cannot approve her own request");

            HtmlPage zara = zaraBrowser.signIn(BASE + "/access-admin/grants.xhtml", "zara");
            ((HtmlTextInput) zara.getElementById("grants-form:reason")).type("Checked with the CFO");
            zara = approveButton(zara, "frank", "finance").click();
            try {
                assertTrue(zara.asNormalizedText().contains("Role finance for frank approved and applied."), zara.asNormalizedText());
                assertTrue(usersRow(zara, "frank").contains("finance"), "applied in Keycloak, as re-read");
            } finally {
                ((HtmlTextInput) zara.getElementById("grants-form:reason")).type("Month-end over");
                zara = revokeButton(zara, "frank", "finance").click();
                assertFalse(usersRow(zara, "frank").contains("finance"));
            }
        }
    }

    private static HtmlButton approveButton(HtmlPage page, String user, String role) {
        return page.getByXPath("//tbody[contains(@id,'pending')]/tr[td[normalize-space(.)='" + user + "'] and td[normalize-space(.)='"
                        + role + "']]//button").stream()
                .map(HtmlButton.class::cast).findFirst().orElseThrow(() -> new AssertionError("no pending " + role + " for " + user));
    }

    private static HtmlElement revokeButton(HtmlPage page, String user, String role) {
        return page.getByXPath("//tr[.//span[@class='username' and text()='" + user + "']]//span[contains(@class,'chip') "
                        + "and contains(normalize-space(.), '" + role + "')]//button").stream()
                .map(HtmlElement.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aGrantWithoutAReasonChangesNothing() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.signIn(BASE + "/access-admin/grants.xhtml", "ada");
            ((HtmlSelect) page.getElementById("grants-form:grant-user")).setSelectedAttribute("erin", true);
            ((HtmlSelect) page.getElementById("grants-form:grant-role")).setSelectedAttribute("hr-manager", true);
            page = ((HtmlButton) page.getElementById("grants-form:grant")).click();
            assertTrue(page.asNormalizedText().contains("Give a reason"), page.asNormalizedText());
            assertFalse(usersRow(page, "erin").contains("hr-manager"));
        }
    }

    @Test
    void audreyAsksWhyDinaCanSeeOneAccountAndNotAnother() throws Exception {
        long northwind = TestDatabase.accountId("Blue Harbor Foods");
        long southwind = TestDatabase.accountId("Ironwood Hardware");
        try (Browser browser = new Browser()) {
            browser.signIn(BASE + "/", "audrey"); // signed in first: DeepLinkIT covers arriving through the sign-in
            HtmlPage page = (HtmlPage) browser.open(BASE + "/audit/explain.xhtml?user=dina&account=" + northwind);
            String verdict = Browser.text(page, "verdict");
            assertTrue(verdict.startsWith("Allowed"), verdict);
            assertTrue(verdict.contains("distributor (ORGANISATION)"), verdict);
            assertEquals("(p.alias IN ('northwind'))", Browser.text(page, "predicate"));

            page = (HtmlPage) browser.open(BASE + "/audit/explain.xhtml?user=dina&account=" + southwind);
            assertTrue(Browser.text(page, "verdict").startsWith("Not allowed"), Browser.text(page, "verdict"));

            page = (HtmlPage) browser.open(BASE + "/audit/explain.xhtml?user=nobody-at-all&account=" + southwind);
            assertEquals(200, Browser.status(page));
            assertTrue(page.asNormalizedText().contains("no user nobody-at-all"), "a message, not an error page");

            for (String view : new String[] {"/audit/conflicts.xhtml", "/audit/access-log.xhtml"}) {
                assertEquals(200, Browser.status(browser.open(BASE + view)), view);
            }
        }
    }

    @Test
    void aSalesRepCannotOpenTheAdministrationOrAuditPages() {
        try (Browser browser = new Browser()) {
            browser.signIn(BASE + "/", "alice");
            for (String view : new String[] {"/access-admin/grants.xhtml", "/audit/explain.xhtml", "/audit/conflicts.xhtml",
                    "/audit/access-log.xhtml"}) {
                assertEquals(403, Browser.status(browser.open(BASE + view)), view);
            }
        }
    }

    /** The text of the users table row of {@code username}. */
    private static String usersRow(HtmlPage page, String username) {
        return page.getByXPath("//tbody[@id='grants-form:users_data']/tr[.//span[@class='username' and text()='" + username + "']]")
                .stream().map(row -> ((HtmlElement) row).asNormalizedText()).findFirst()
                .orElseThrow(() -> new AssertionError(username + " not in the users table"));
    }
}
