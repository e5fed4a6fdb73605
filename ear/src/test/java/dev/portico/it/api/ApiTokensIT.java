package dev.portico.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.ApiProblems;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakRest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API accepts only a token Keycloak signed for the portico realm and that is still valid:
 * each forgery here starts from a real token of dina (who may list accounts, so a 200 is what a
 * broken check would answer) and changes one thing.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    private static final String ACCOUNTS = "/v1/accounts?limit=1";
    private static final String KEYCLOAK = System.getProperty("portico.keycloakUrl");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void theRealTokenIsAccepted() {
        assertEquals(200, Api.get(ACCOUNTS, Api.token("alice")).statusCode());
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String[] parts = Api.token("alice").split("\\.");
        JsonObject claims = decode(parts[1]);
        String raised = encode(with(claims, "preferred_username", "ada"));
        assertRefused(parts[0] + "." + raised + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = Api.token("alice").split("\\.");
        String none = encode(with(decode(parts[0]), "alg", "none"));
        assertRefused(none + "." + parts[1] + ".");
        assertRefused(none + "." + parts[1] + "." + parts[2]);
    }

    /** Signed by the same Keycloak, with a key of another realm and that realm as its issuer. */
    @Test
    void aTokenOfAnotherRealmIsRefused() {
        String master = KeycloakRest.masterToken();
        assertTrue(decode(master.split("\\.")[1]).getString("iss").endsWith("/realms/master"));
        assertRefused(master);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        // portico-cli's tokens live 3 s while one is issued (the admin REST API, as an operator would set it).
        String admin = KeycloakRest.masterToken();
        URI clients = URI.create(KEYCLOAK + "/admin/realms/portico/clients?clientId=portico-cli");
        JsonObject client = Json.createReader(new StringReader(KeycloakRest.send(HttpRequest.newBuilder(clients)
                .header("Authorization", "Bearer " + admin).GET().build()).body())).readArray().getJsonObject(0);
        URI self = URI.create(KEYCLOAK + "/admin/realms/portico/clients/" + client.getString("id"));
        JsonObject attributes = client.getJsonObject("attributes");
        String token;
        update(self, admin, client, Json.createObjectBuilder(attributes).add("access.token.lifespan", "3").build());
        try {
            token = Api.token("alice");
        } finally {
            // Keycloak merges attributes on update: one the client did not have must be set back
            // explicitly (to the realm's lifespan), or later tests get 3-second tokens.
            update(self, admin, client, attributes.containsKey("access.token.lifespan") ? attributes
                    : Json.createObjectBuilder(attributes).add("access.token.lifespan", realmTokenLifespan(admin)).build());
        }
        assertEquals(200, Api.get(ACCOUNTS, token).statusCode(), "valid while it lasts");
        long expiry = decode(token.split("\\.")[1]).getJsonNumber("exp").longValue();
        while (Instant.now().getEpochSecond() <= expiry + 1) {
            Thread.sleep(250);   // a token's lifetime is clock time: nothing to observe but the clock
        }
        assertRefused(token);
    }

    private static String realmTokenLifespan(String admin) {
        HttpResponse<String> realm = KeycloakRest.admin("GET", "", admin, null);
        assertEquals(200, realm.statusCode(), realm.body());
        return Integer.toString(Api.json(realm.body()).getInt("accessTokenLifespan"));
    }

    private static void update(URI client, String admin, JsonObject representation, JsonObject attributes) {
        HttpResponse<String> response = KeycloakRest.send(HttpRequest.newBuilder(client)
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder(representation).add("attributes", attributes)
                        .build().toString())).build());
        assertEquals(204, response.statusCode(), response.body());
    }


    private static void assertRefused(String token) {
        HttpResponse<String> response = Api.get(ACCOUNTS, token);
        assertEquals(401, response.statusCode(), response.body());
        ApiProblems.assertProblem(response, 401, "urn:portico:problem:unauthenticated");
    }

    private static JsonObject decode(String part) {
        return Api.json(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }

    private static String encode(JsonObject json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject with(JsonObject json, String name, String value) {
        JsonObjectBuilder copy = Json.createObjectBuilder(json);
        copy.add(name, value);
        return copy.build();
    }

}
