package dev.portico.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.ApiProblems;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakRest;
import dev.portico.it.support.TestDatabase;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Limits a script cannot talk its way past: a partner's burst of API writes meets 429 with
 * Retry-After once its budget is spent (sam, whom no other test uses for API writes, so that no
 * other test meets his spent budget), and ten wrong passwords lock an account at Keycloak
 * (a user made for the test, so that no demo persona is locked).
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aBurstOfWritesByOnePartnerMeets429WithRetryAfterAndWritesNothing() throws Exception {
        String sam = Api.token("sam");
        long tickets = TestDatabase.single("SELECT COUNT(*) FROM service_ticket WHERE 'x' = ?", "x");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = Api.post("/v1/tickets", sam, "{\"accountId\":1,\"subject\":\"flood " + i + "\",\"priority\":\"LOW\"}");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429 && limited == null) {
                limited = response;
            }
        }
        assertTrue(statuses.stream().filter(s -> s == 429).count() >= 30, "the budget is 60 a minute: " + statuses);
        assertTrue(statuses.subList(0, 50).stream().allMatch(s -> s == 403), "within budget, sam's refusal as before: " + statuses);
        ApiProblems.assertProblem(limited, 429, "urn:portico:problem:too-many-requests");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(200, Api.get("/v1/products?limit=1", Api.token("alice")).statusCode(), "another user is not held back");
        assertEquals(tickets, TestDatabase.single("SELECT COUNT(*) FROM service_ticket WHERE 'x' = ?", "x"), "nothing written");
    }

    @Test
    void tenWrongPasswordsLockTheAccountForTheConfiguredTime() throws Exception {
        String admin = KeycloakRest.masterToken();
        String username = "locked-" + System.nanoTime();
        HttpResponse<String> created = KeycloakRest.admin("POST", "/users", admin, Json.createObjectBuilder().add("username", username)
                .add("enabled", true).add("firstName", "Lock").add("lastName", "Test").add("email", username + "@example.com")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", "Correct-horse-battery-9").add("temporary", false)))
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            assertEquals(200, password(username, "Correct-horse-battery-9").statusCode(), "the right password works at first");
            for (int i = 0; i < 10; i++) {
                assertEquals(401, password(username, "wrong-" + i).statusCode());
            }
            HttpResponse<String> locked = password(username, "Correct-horse-battery-9");
            assertTrue(locked.statusCode() >= 400, "now the right password is refused too: " + locked.body());
            var status = Json.createReader(new StringReader(KeycloakRest.admin("GET", "/attack-detection/brute-force/users/" + id, admin, null).body()))
                    .readObject();
            assertTrue(status.getBoolean("disabled"), status.toString());
        } finally {
            KeycloakRest.admin("DELETE", location, admin, null);
        }
    }

    private static HttpResponse<String> password(String username, String password) {
        return KeycloakRest.token("grant_type=password&client_id=portico-cli&username=" + username + "&password=" + password);
    }



}
