package dev.portico.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.TestDatabase;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deep link opened while signed out arrives with its query string after the Keycloak sign-in
 * (WildFly's OIDC client drops it; shell.security.DeepLinks keeps it), and the remembered link
 * cannot be turned into a redirect elsewhere: a planted cookie naming another host or another
 * page is ignored and cleared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkIT {

    private static final String BASE = System.getProperty("portico.baseUrl") + "/internal";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void theExplainPageOpenedSignedOutArrivesWithItsParametersAfterSignIn() throws Exception {
        long northwind = TestDatabase.accountId("Blue Harbor Foods");
        try (Browser audrey = new Browser()) {
            HtmlPage page = audrey.signIn(BASE + "/audit/explain.xhtml?user=dina&account=" + northwind, "audrey");
            assertEquals("user=dina&account=" + northwind, page.getUrl().getQuery(), page.getUrl().toString());
            assertTrue(Browser.text(page, "verdict").startsWith("Allowed"), "the page answered the link's question");
            assertTrue(audrey.client().getCookieManager().getCookie("portico-return-to") == null, "used once, then cleared");

            HtmlPage again = (HtmlPage) audrey.open(BASE + "/audit/explain.xhtml");
            assertEquals(null, again.getUrl().getQuery(), "a later bare visit stays bare");
        }
    }

    @Test
    void aPlantedReturnCookieNamingAnotherHostOrPageIsIgnored() throws Exception {
        try (Browser audrey = new Browser()) {
            audrey.signIn(BASE + "/", "audrey");
            String host = new URL(BASE).getHost();
            for (String planted : new String[] {"https://evil.example/internal/audit/explain.xhtml?x=1", "/internal/audit/access.xhtml?x=1",
                    "//evil.example/internal/audit/explain.xhtml?x=1"}) {
                audrey.client().getCookieManager().addCookie(new Cookie(host, "portico-return-to",
                        URLEncoder.encode(planted, StandardCharsets.UTF_8), "/internal", null, false));
                HtmlPage page = (HtmlPage) audrey.open(BASE + "/audit/explain.xhtml");
                assertTrue(page.getUrl().toString().startsWith(BASE + "/audit/explain.xhtml"), planted + " → " + page.getUrl());
                assertFalse(page.getUrl().toString().contains("x=1"), planted);
                assertTrue(audrey.client().getCookieManager().getCookie("portico-return-to") == null, "cleared: " + planted);
            }
        }
    }
}
