package dev.portico.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A script's view of the REST API: a token from the demo realm's public {@code portico-cli}
 * client (password grant, demo personas only), then plain HTTP.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final String BASE = System.getProperty("portico.baseUrl") + "/api";

    private Api() {
    }

    public static String token(String persona) {
        String form = "grant_type=password&client_id=portico-cli&scope=openid&username=" + enc(persona) + "&password=" + enc(persona);
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(System.getProperty("portico.keycloakUrl") + "/realms/portico/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + persona + ": " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    /** GET {@code path} (below /api) with the token, or without one if {@code token} is null. */
    public static HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /**
     * POST {@code body} as JSON (none if null) to {@code path} with the token (none if null);
     * {@code contentType} null means {@code application/json}.
     */
    public static HttpResponse<String> post(String path, String token, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public static HttpResponse<String> post(String path, String token, String body) {
        return post(path, token, body, null);
    }

    /** Any method with a JSON body (none if null): PUT, DELETE. */
    public static HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
