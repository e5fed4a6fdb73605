package dev.portico.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Keycloak over plain HTTP for black-box tests (no admin client library on their class path):
 * its token endpoint, and its admin REST API for the portico realm as the test stack's bootstrap
 * administrator, for tests that make a client or a user of their own and remove it afterwards.
 */
public final class KeycloakRest {

    public static final String KEYCLOAK = System.getProperty("portico.keycloakUrl");

    private KeycloakRest() {
    }

    /** POSTs a form to the portico realm's token endpoint. */
    public static HttpResponse<String> token(String form) {
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/portico/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** An access token of the master realm's bootstrap administrator (admin/admin in the test stack). */
    public static String masterToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")).build());
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response.body()).getString("access_token");
    }

    /** {@code path} below {@code /admin/realms/portico}, or an absolute URL (a {@code Location} answered before). */
    public static HttpResponse<String> admin(String method, String path, String token, String json) {
        URI uri = URI.create(path.startsWith("http") ? path : KEYCLOAK + "/admin/realms/portico" + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    /** The user's id, or null if the realm has no such user (exact username match). */
    public static String userId(String username) {
        HttpResponse<String> found = admin("GET", "/users?exact=true&username=" + java.net.URLEncoder.encode(username,
                java.nio.charset.StandardCharsets.UTF_8), masterToken(), null);
        assertEquals(200, found.statusCode(), found.body());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(found.body()))) {
            jakarta.json.JsonArray users = reader.readArray();
            return users.isEmpty() ? null : users.getJsonObject(0).getString("id");
        }
    }

    /** Whether the realm has the user: what a removal is checked against, by Keycloak's own admin API. */
    public static boolean userExists(String username) {
        return userId(username) != null;
    }

    /** The realm roles assigned to the user directly. */
    public static java.util.Set<String> realmRoles(String username) {
        HttpResponse<String> roles = admin("GET", "/users/" + userId(username) + "/role-mappings/realm", masterToken(), null);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(roles.body()))) {
            return reader.readArray().stream().map(r -> r.asJsonObject().getString("name")).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The aliases of the user's organisations. */
    public static java.util.Set<String> organisations(String username) {
        HttpResponse<String> orgs = admin("GET", "/organizations/members/" + userId(username) + "/organizations", masterToken(), null);
        assertEquals(200, orgs.statusCode(), orgs.body());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(orgs.body()))) {
            return reader.readArray().stream().map(o -> o.asJsonObject().getString("alias")).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Deletes a user a test created, if it is still there. */
    public static void deleteUser(String username) {
        String id = userId(username);
        if (id != null) {
            admin("DELETE", "/users/" + id, masterToken(), null);
        }
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("Keycloak unreachable: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
