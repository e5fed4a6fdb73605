package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.isLoginForm;
import static dev.portico.it.support.Browser.menu;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import java.util.Base64;
import java.util.List;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end through the real Keycloak login: who enters which portal, what their menu shows,
 * single sign-on across the portals, single logout from either of them, and the error pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSignInIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String INTERNAL = BASE + "/internal/";
    private static final String EXTERNAL = BASE + "/external/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void salesRepSeesHerNameHerModulesAndAccountsFromTheDatabase() {
        try (Browser browser = new Browser()) {
            HtmlPage home = browser.signIn(INTERNAL, "alice");

            assertEquals("Alice Archer", text(home, "portico-user-name"));
            assertEquals(List.of("directory", "customers", "leads", "pipeline", "orders", "service", "products"), menu(home));

            Page accounts = browser.open(BASE + "/internal/customers/list.xhtml");
            assertEquals(200, status(accounts));
            assertTrue(body(accounts).contains("Blue Harbor Foods"), "an account of her territory is listed");
            assertFalse(body(accounts).contains("Ironwood Hardware"), "an account of the West is not");
        }
    }

    @Test
    void moduleOutsideTheUsersRolesIsNeitherShownNorOpened() {
        try (Browser browser = new Browser()) {
            HtmlPage home = browser.signIn(INTERNAL, "carol");
            assertEquals(List.of("directory", "hr"), menu(home), "HR's modules, not the CRM's");

            Page refused = browser.open(BASE + "/internal/customers/list.xhtml");
            assertNotPermittedPage(refused);
        }
    }

    @Test
    void partnerEntersTheExternalPortalButIsRefusedByTheInternalOne() {
        try (Browser browser = new Browser()) {
            HtmlPage external = browser.signIn(EXTERNAL, "dina");
            assertEquals(200, status(external));
            assertTrue(body(external).contains("Partner portal"));
            assertEquals("Northwind Distribution", text(external, "portico-organisation"));

            assertNotPermittedPage(browser.open(INTERNAL));
        }
    }

    @Test
    void signingInToOnePortalSignsInToTheOther() {
        try (Browser browser = new Browser()) {
            browser.signIn(INTERNAL, "frank");

            Page external = browser.open(EXTERNAL);
            assertFalse(isLoginForm(external), "no second password prompt");
            assertEquals("Frank Fischer", text((HtmlPage) external, "portico-user-name"));
        }
    }

    @ParameterizedTest(name = "logout from /{0}")
    @ValueSource(strings = {"internal", "external"})
    void logoutFromEitherPortalEndsBothSessions(String portal) {
        try (Browser browser = new Browser()) {
            browser.signIn(INTERNAL, "frank");
            assertFalse(isLoginForm(browser.open(EXTERNAL)));

            Page afterLogout = click((HtmlPage) browser.open(BASE + "/" + portal + "/"), "portico-logout");

            assertTrue(isLoginForm(afterLogout), "Keycloak returns to the portal, which asks for the password");
            assertTrue(isLoginForm(browser.open(INTERNAL)), "internal portal session ended");
            assertTrue(isLoginForm(browser.open(EXTERNAL)), "external portal session ended");
        }
    }

    /** What another site can make the browser send: a link, an image, a form without our token. */
    @Test
    void aCrossSiteLinkOrFormToLogoutOnlyAsksAndLeavesTheUserSignedIn() {
        try (Browser browser = new Browser()) {
            browser.signIn(INTERNAL, "frank");
            assertFalse(isLoginForm(browser.open(EXTERNAL)));

            Page linked = browser.open(BASE + "/internal/logout");
            Page posted = browser.post(BASE + "/external/logout");
            Page guessed = browser.post(BASE + "/internal/logout?token=0123456789abcdef0123456789abcdef0123456789abcdef");

            for (Page asked : List.of(linked, posted, guessed)) {
                assertEquals(200, status(asked));
                assertEquals("Sign out of both portals? You will need your password to come back.", text((HtmlPage) asked, "sign-out-question"));
            }
            assertFalse(isLoginForm(browser.open(INTERNAL)), "still signed in to the internal portal");
            assertFalse(isLoginForm(browser.open(EXTERNAL)), "and to the external one");

            Page confirmed = click((HtmlPage) browser.open(BASE + "/internal/logout"), "sign-out-confirm");
            assertTrue(isLoginForm(confirmed), "our own confirmation signs out");
            assertTrue(isLoginForm(browser.open(EXTERNAL)), "both portals");
        }
    }

    /**
     * Session fixation across the portals: Undertow creates a new session under the id the
     * browser brings when another WAR of the server knows that id (so that cross-context
     * forwards keep one session). dan signs in to the external portal, plants his session id in
     * frank's browser for the internal one, frank signs in there: the id must not then be
     * frank's internal session.
     */
    @Test
    void signingInGivesTheSessionANewIdSoAPlantedOneNeverSignsIn() {
        try (Browser dan = new Browser(); Browser frank = new Browser()) {
            dan.signIn(EXTERNAL, "dan");
            String planted = dan.cookie("JSESSIONID", "/external").getValue();
            frank.plantCookie("JSESSIONID", planted, "/internal");
            frank.signIn(INTERNAL, "frank");
            assertEquals("Frank Fischer", text((HtmlPage) frank.open(INTERNAL), "portico-user-name"));
            assertFalse(planted.equals(frank.cookie("JSESSIONID", "/internal").getValue()), "frank's session has an id of its own");

            dan.plantCookie("JSESSIONID", planted, "/internal");
            assertFalse(body(dan.open(INTERNAL)).contains("Frank Fischer"), "the planted id does not open frank's session");
        }
    }

    @Test
    void rootSendsEachUserToThePortalTheirRolesAllow() {
        try (Browser staff = new Browser(); Browser partner = new Browser()) {
            assertEquals(INTERNAL, staff.signIn(BASE + "/", "alice").getUrl().toString());
            assertEquals(EXTERNAL + "partner/home.xhtml", partner.signIn(BASE + "/", "dan").getUrl().toString(), "a partner lands on the partner home");
        }
    }

    @Test
    void forgedBackChannelLogoutIsRejectedAndEndsNothing() {
        String header = base64Url("{\"alg\":\"none\"}");
        String claims = base64Url("{\"iss\":\"" + System.getProperty("portico.keycloakUrl") + "/realms/portico\","
                + "\"aud\":\"portico-internal\",\"iat\":" + System.currentTimeMillis() / 1000 + ","
                + "\"sub\":\"x\",\"events\":{\"http://schemas.openid.net/event/backchannel-logout\":{}}}");
        try (Browser browser = new Browser(); Browser attacker = new Browser()) {
            browser.signIn(INTERNAL, "alice");

            assertEquals(400, status(attacker.post(INTERNAL + "oidc/backchannel-logout?logout_token=" + header + "." + claims + ".")));
            assertEquals(400, status(attacker.post(INTERNAL + "oidc/backchannel-logout?logout_token=not-a-token")));
            assertEquals(400, status(attacker.post(INTERNAL + "oidc/backchannel-logout")));

            Page stillIn = browser.open(INTERNAL);
            assertFalse(isLoginForm(stillIn), "alice is still signed in");
        }
    }

    @Test
    void aModuleFolderOpensTheModuleAndAModuleOneMayNotOpenStaysRefused() {
        try (Browser browser = new Browser()) {
            browser.signIn(INTERNAL, "alice");

            Page customers = browser.open(INTERNAL + "customers/");
            assertEquals(200, status(customers));
            assertTrue(customers.getUrl().toString().endsWith("/internal/customers/list.xhtml"), customers.getUrl().toString());

            assertNotPermittedPage(browser.open(INTERNAL + "audit/"));
        }
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        try (Browser browser = new Browser()) {
            browser.signIn(INTERNAL, "alice");
            Page missing = browser.open(BASE + "/internal/no-such-page.xhtml");

            assertEquals(404, status(missing));
            assertTrue(body(missing).contains("Page not found"));
            assertNoStackTrace(missing);
        }
    }

    private static void assertNotPermittedPage(Page page) {
        assertAll(
                () -> assertEquals(403, status(page)),
                () -> assertTrue(body(page).contains("Not permitted"), body(page)),
                () -> assertTrue(text((HtmlPage) page, "correlation-id").matches("[0-9a-f]{16}")),
                // One filter for every WAR: the page shows the id the response carries, in the API's format.
                () -> assertEquals(page.getWebResponse().getResponseHeaderValue("X-Correlation-Id"), text((HtmlPage) page, "correlation-id")),
                () -> assertNoStackTrace(page));
    }

    private static void assertNoStackTrace(Page page) {
        String body = body(page);
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at dev.portico"), body);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());
    }

    private static Page click(HtmlPage page, String id) {
        try {
            return ((HtmlElement) page.getElementById(id)).click();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
