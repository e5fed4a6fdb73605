package dev.portico.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The named {@link Fixtures} for black-box tests, planted in the server through
 * {@link FixturesServlet}: deploy {@link Deployments#porticoWithFixtures()}. Same names, same
 * meaning, same records as in-container tests get.
 */
public final class RemoteFixtures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = System.getProperty("portico.baseUrl") + "/portico-fixtures/";

    private RemoteFixtures() {
    }

    /** See {@link Fixtures#northwindCustomer}. */
    public static long northwindCustomer(String label) {
        return plant("northwind-customer", query("label", label));
    }

    /** See {@link Fixtures#southwindCustomer}. */
    public static long southwindCustomer(String label) {
        return plant("southwind-customer", query("label", label));
    }

    /** See {@link Fixtures#eastCustomer}. */
    public static long eastCustomer(String label) {
        return plant("east-customer", query("label", label));
    }

    /** See {@link Fixtures#eastProspect}. */
    public static long eastProspect(String label) {
        return plant("east-prospect", query("label", label));
    }

    /** See {@link Fixtures#draftQuote}. */
    public static long draftQuote(long account) {
        return plant("draft-quote", query("account", Long.toString(account)));
    }

    /** See {@link Fixtures#signedQuote}. */
    public static long signedQuote(long account) {
        return plant("signed-quote", query("account", Long.toString(account)));
    }

    /** See {@link Fixtures#signedOrder}. */
    public static long signedOrder(long account) {
        return plant("signed-order", query("account", Long.toString(account)));
    }

    /** See {@link Fixtures#openTicket}: the subject gets a number, hence the returned id. */
    public static long openTicket(long account, String subject) {
        return plant("open-ticket", query("account", Long.toString(account)) + "&" + query("subject", subject));
    }

    private static String query(String parameter, String value) {
        return parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long plant(String fixture, String query) {
        URI uri = URI.create(BASE + fixture + "?" + query);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("fixture " + fixture + " answered " + response.statusCode() + ": " + response.body());
            }
            return Long.parseLong(response.body().strip());
        } catch (IOException e) {
            throw new AssertionError("fixture " + fixture + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted planting " + fixture, e);
        }
    }
}
