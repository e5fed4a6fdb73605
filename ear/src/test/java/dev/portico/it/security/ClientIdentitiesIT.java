package dev.portico.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.ApiProblems;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakAdmin;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Each client of the realm is its own identity: a portal's secret does not make one Keycloak's
 * user administrator, and a token Keycloak issued to another application of the realm, for the
 * same user with the same roles, does not open Portico's API.
 */
@ExtendWith(ArquillianExtension.class)
class ClientIdentitiesIT {

    private static final String TOKEN_ENDPOINT = System.getProperty("portico.keycloakUrl") + "/realms/portico/protocol/openid-connect/token";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aPortalsSecretDoesNotOpenKeycloaksAdministration() {
        for (String portal : List.of("INTERNAL", "EXTERNAL")) {
            String secret = System.getenv().getOrDefault("PORTICO_" + portal + "_CLIENT_SECRET",
                    "portico-" + portal.toLowerCase() + "-demo-secret");
            HttpResponse<String> refused = token("grant_type=client_credentials&client_id=portico-admin&client_secret=" + enc(secret));
            assertEquals(401, refused.statusCode(), portal + ": " + refused.body());
            assertTrue(refused.body().contains("invalid_client"), refused.body());
        }
        String own = System.getenv().getOrDefault("PORTICO_ADMIN_CLIENT_SECRET", "portico-admin-demo-secret");
        assertEquals(200, token("grant_type=client_credentials&client_id=portico-admin&client_secret=" + enc(own)).statusCode(),
                "with its own secret it signs in (RoleGrantsIT grants through it)");
    }

    @Test
    void aTokenOfAnotherApplicationOfTheRealmGets401FromTheApi() {
        String clientId = "another-app-" + System.nanoTime();
        ClientRepresentation other = new ClientRepresentation();
        other.setClientId(clientId);
        other.setPublicClient(true);
        other.setDirectAccessGrantsEnabled(true);
        other.setStandardFlowEnabled(false);
        other.setFullScopeAllowed(true);
        String id = KeycloakAdmin.inRealm(realm -> {
            try (Response created = realm.clients().create(other)) {
                assertEquals(201, created.getStatus());
            }
            return realm.clients().findByClientId(clientId).get(0).getId();
        });
        try {
            HttpResponse<String> issued = token("grant_type=password&scope=openid&client_id=" + clientId + "&username=dina&password=dina");
            assertEquals(200, issued.statusCode(), issued.body());
            String foreign = Api.json(issued.body()).getString("access_token");
            JsonObject claims = Api.json(new String(Base64.getUrlDecoder().decode(foreign.split("\\.")[1]), StandardCharsets.UTF_8));
            assertEquals(clientId, claims.getString("azp"));
            assertTrue(claims.getJsonObject("realm_access").toString().contains("distributor"), "the same roles as dina's own token");

            HttpResponse<String> refused = Api.get("/v1/accounts?limit=1", foreign);
            ApiProblems.assertProblem(refused, 401, "urn:portico:problem:unauthenticated");
            assertEquals(200, Api.get("/v1/accounts?limit=1", Api.token("dina")).statusCode(), "the CLI client's token still works");
        } finally {
            KeycloakAdmin.inRealm(realm -> {
                realm.clients().get(id).remove();
                return null;
            });
        }
    }

    /** The portals' tokens are made in a code flow a test cannot shortcut: Keycloak's evaluation shows what they carry. */
    @Test
    void thePortalsAndTheCliClientsTokensNameTheApiAsTheirAudience() {
        for (String client : List.of("portico-internal", "portico-external", "portico-cli")) {
            Set<String> audience = KeycloakAdmin.inRealm(realm -> {
                String id = realm.clients().findByClientId(client).get(0).getId();
                AccessToken token = realm.clients().get(id).clientScopesEvaluate()
                        .generateAccessToken("openid", KeycloakAdmin.userId(realm, "dina"), null);
                return token.getAudience() == null ? Set.of() : Set.of(token.getAudience());
            });
            assertTrue(audience.contains("portico-api"), client + ": " + audience);
        }
    }

    private static HttpResponse<String> token(String form) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
