package dev.portico.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on as a user lives it — open the portal, Keycloak's two-step login, back to the
 * portal, landing page rendered — next to Keycloak's bare authorization-code flow for the same
 * client and user (login form, code, token exchange) driven by the same headless browser: what
 * the portal adds on top of Keycloak. Design target: p95 ≤ 1.5 × the bare flow's p95.
 */
@ExtendWith(ArquillianExtension.class)
class LoginBenchmark {

    private static final int WARM_UP = 10;
    private static final int SAMPLES = 60;
    private static final String PORTAL = System.getProperty("portico.baseUrl");
    private static final String REALM = System.getProperty("portico.keycloakUrl") + "/realms/portico/protocol/openid-connect";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void portalSignInAgainstKeycloaksBareCodeFlow() throws Exception {
        Latencies.Result portal = Latencies.measure("portal sign-in incl. landing page (alice)", WARM_UP, SAMPLES, () -> {
            try (Browser browser = new Browser()) {
                HtmlPage home = browser.signIn(PORTAL + "/internal/", "alice");
                assertTrue(home.asNormalizedText().contains("Alice"), "landed on the portal");
                return home;
            }
        });
        Latencies.Result bare = Latencies.measure("Keycloak bare code flow + token exchange (alice)", WARM_UP, SAMPLES,
                LoginBenchmark::bareCodeFlow);
        String out = "| scenario | samples | p50 ms | p95 ms | mean ms |\n|---|---|---|---|---|\n"
                + portal.row() + "\n" + bare.row() + "\n\nratio of p95: " + String.format(java.util.Locale.ROOT, "%.2f", portal.p95() / bare.p95()) + "\n";
        System.out.println(out);
        Files.writeString(Path.of("target", "benchmark-login.md"), out);
    }

    /** The portal's own client and redirect URI, but the code is exchanged here instead of by WildFly. */
    private static Object bareCodeFlow() throws Exception {
        String redirect = PORTAL + "/internal/";
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            client.getOptions().setRedirectEnabled(false);
            client.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage form = client.getPage(new URL(REALM + "/auth?client_id=portico-internal&response_type=code&scope=openid"
                    + "&state=bench&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)));
            HtmlForm login = (HtmlForm) form.getElementById("kc-form-login");
            login.getInputByName("username").setValue("alice");
            if (login.getInputsByName("password").isEmpty()) {
                form = (HtmlPage) ((DomElement) form.getElementById("kc-login")).click();
                login = (HtmlForm) form.getElementById("kc-form-login");
            }
            login.getInputByName("password").setValue("alice");
            Page answer = ((DomElement) form.getElementById("kc-login")).click();
            assertEquals(302, answer.getWebResponse().getStatusCode(), "Keycloak redirects back with the code");
            String location = answer.getWebResponse().getResponseHeaderValue("Location");
            String code = List.of(URI.create(location).getQuery().split("&")).stream()
                    .filter(p -> p.startsWith("code=")).findFirst().orElseThrow().substring(5);
            String body = "grant_type=authorization_code&client_id=portico-internal&client_secret=portico-internal-demo-secret&code="
                    + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
            HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(REALM + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, token.statusCode(), token.body());
            return token.body();
        }
    }
}
