package dev.portico.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.ApiProblems;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakRest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each client of the realm is its own identity: a portal's secret does not make one Keycloak's
 * user administrator, and a token Keycloak issued to another application of the realm, for the
 * same user with the same roles, does not open Portico's API.
 */
@ExtendWith(ArquillianExtension.class)
class ClientIdentitiesIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aPortalsSecretDoesNotOpenKeycloaksAdministration() {
        for (String portal : List.of("INTERNAL", "EXTERNAL")) {
            String secret = System.getenv().getOrDefault("PORTICO_" + portal + "_CLIENT_SECRET",
                    "portico-" + portal.toLowerCase() + "-demo-secret");
            HttpResponse<String> refused = KeycloakRest.token("grant_type=client_credentials&client_id=portico-admin&client_secret=" + enc(secret));
            assertEquals(401, refused.statusCode(), portal + ": " + refused.body());
            assertTrue(refused.body().contains("Invalid client credentials"), refused.body());
        }
        String own = System.getenv().getOrDefault("PORTICO_ADMIN_CLIENT_SECRET", "portico-admin-demo-secret");
        assertEquals(200, KeycloakRest.token("grant_type=client_credentials&client_id=portico-admin&client_secret=" + enc(own)).statusCode(),
                "with its own secret it signs in (RoleGrantsIT grants through it)");
    }

    @Test
    void aTokenOfAnotherApplicationOfTheRealmGets401FromTheApi() {
        String clientId = "another-app-" + System.nanoTime();
        String admin = KeycloakRest.masterToken();
        HttpResponse<String> created = KeycloakRest.admin("POST", "/clients", admin, Json.createObjectBuilder()
                .add("clientId", clientId).add("publicClient", true).add("directAccessGrantsEnabled", true)
                .add("standardFlowEnabled", false).add("fullScopeAllowed", true).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        try {
            HttpResponse<String> issued = KeycloakRest.token("grant_type=password&scope=openid&client_id=" + clientId + "&username=dina&password=dina");
            assertEquals(200, issued.statusCode(), issued.body());
            String foreign = Api.json(issued.body()).getString("access_token");
            JsonObject claims = claimsOf(foreign);
            assertEquals(clientId, claims.getString("azp"));
            assertTrue(claims.getJsonObject("realm_access").toString().contains("distributor"), "the same roles as dina's own token");

            ApiProblems.assertProblem(Api.get("/v1/partner/customers", foreign), 401, "urn:portico:problem:unauthenticated");
            String own = Api.token("dina");
            assertTrue(claimsOf(own).toString().contains("portico-api"), "the CLI client's token names the API");
            assertEquals(200, Api.get("/v1/partner/customers", own).statusCode(), "and still works");
        } finally {
            assertEquals(204, KeycloakRest.admin("DELETE", location, admin, null).statusCode());
        }
    }

    /** The portals' tokens come from a code flow a test cannot shortcut: Keycloak's own evaluation shows what they carry. */
    @Test
    void thePortalsTokensNameTheApiAsTheirAudience() {
        String admin = KeycloakRest.masterToken();
        String dina = Json.createReader(new StringReader(KeycloakRest.admin("GET", "/users?exact=true&username=dina", admin, null).body()))
                .readArray().getJsonObject(0).getString("id");
        for (String client : List.of("portico-internal", "portico-external")) {
            String id = Json.createReader(new StringReader(KeycloakRest.admin("GET", "/clients?clientId=" + client, admin, null).body()))
                    .readArray().getJsonObject(0).getString("id");
            HttpResponse<String> example = KeycloakRest.admin("GET", "/clients/" + id
                    + "/evaluate-scopes/generate-example-access-token?scope=openid&userId=" + dina, admin, null);
            assertEquals(200, example.statusCode(), example.body());
            assertTrue(Api.json(example.body()).get("aud").toString().contains("portico-api"), client + ": " + example.body());
        }
    }

    private static JsonObject claimsOf(String token) {
        return Api.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }





    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
