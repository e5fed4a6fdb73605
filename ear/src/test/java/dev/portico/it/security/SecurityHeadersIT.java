package dev.portico.it.security;

import static dev.portico.it.support.Browser.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.Browser;
import dev.portico.it.support.Chrome;
import dev.portico.it.support.Deployments;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.htmlunit.Page;
import org.htmlunit.util.Cookie;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The security headers on what each WAR answers (pages of both portals, the API's answers and
 * refusals, error pages), the session cookie's attributes, and what they are for: a portal page
 * framed by another origin does not render.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final String BASE = System.getProperty("portico.baseUrl");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void everyPortalPageCarriesTheHeadersAndAPolicyWithItsNonce() {
        try (Browser frank = new Browser()) {
            frank.signIn(BASE + "/internal/", "frank");
            for (String path : List.of("/internal/", "/internal/customers/list.xhtml", "/external/", "/internal/no-such-page.xhtml",
                    "/internal/logout")) {
                Page page = frank.open(BASE + path);
                Function<String, String> header = name -> page.getWebResponse().getResponseHeaderValue(name);
                assertCommonHeaders(path, header);
                String policy = header.apply("Content-Security-Policy");
                assertTrue(policy != null && policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'")
                        && policy.matches(".*script-src 'self' 'nonce-[^']+';.*"), path + ": " + policy);
                assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), path + ": " + policy);
            }
            assertEquals(404, status(frank.open(BASE + "/internal/no-such-page.xhtml")), "the error page too");
        }
    }

    @Test
    void theApiAnswersAndRefusalsCarryTheHeadersAndAPolicyThatAllowsNothing() {
        for (HttpResponse<String> response : List.of(Api.get("/v1/accounts?limit=1", Api.token("dina")), Api.get("/v1/accounts", null),
                Api.get("/v1/no-such-resource", Api.token("dina")))) {
            assertCommonHeaders(response.uri().toString(), name -> response.headers().firstValue(name).orElse(null));
            assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                    response.headers().firstValue("Content-Security-Policy").orElse(null), response.uri().toString());
        }
    }

    /** Lax, not Strict: the browser must still send it when Keycloak redirects back after the password. */
    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        try (Browser frank = new Browser()) {
            frank.signIn(BASE + "/internal/", "frank");
            Cookie session = frank.cookie("JSESSIONID", "/internal");
            assertTrue(session.isHttpOnly(), session.toString());
            assertEquals("lax", String.valueOf(session.getSameSite()).toLowerCase(java.util.Locale.ROOT), session.toString());
            assertFalse(session.isSecure(), "plain http in the test stack: Secure only when PORTICO_PORTAL_URL is https");
        }
    }

    @Test
    void aPortalPageFramedByAnotherOriginDoesNotRender() {
        Chrome.assumeInstalled();
        try (Chrome frank = new Chrome()) {
            frank.signIn(BASE + "/internal/", "frank");
            assertFalse(frank.driver().findElements(By.id("portico-user-name")).isEmpty(), "the page renders on its own");

            String framing = "<iframe id='victim' src='" + BASE + "/internal/' width='800' height='600'></iframe>";
            frank.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(framing, StandardCharsets.UTF_8).replace("+", "%20"));
            frank.await().until(d -> !d.findElements(By.id("victim")).isEmpty());
            frank.driver().switchTo().frame("victim");
            assertTrue(frank.driver().findElements(By.id("portico-user-name")).isEmpty(), "not inside another origin's frame");
            assertTrue(frank.driver().findElements(By.id("portico-logout")).isEmpty(), "no button to click through the frame");
        }
    }

    private static void assertCommonHeaders(String where, Function<String, String> header) {
        assertEquals("nosniff", header.apply("X-Content-Type-Options"), where);
        assertEquals("DENY", header.apply("X-Frame-Options"), where);
        assertEquals("same-origin", header.apply("Referrer-Policy"), where);
        assertTrue(String.valueOf(header.apply("Permissions-Policy")).contains("camera=()"), where);
    }
}
