package dev.portico.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API as an internal script sees it: bearer tokens of the portico realm, the same data
 * scopes as the portals (alice's token reaches the east territory only; the west's ids answer
 * like missing ones and are logged), partners kept to their own resources, cursor paging that
 * skips and repeats nothing, and problem+json for every refusal.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblem() {
        HttpResponse<String> response = Api.get("/v1/accounts", null);
        assertEquals(401, response.statusCode());
        assertProblem(response, "urn:portico:problem:unauthenticated");
        assertTrue(response.headers().firstValue("X-Correlation-Id").orElseThrow().matches("[0-9a-f]{16}"), "the portals' format");
        assertEquals(401, Api.get("/v1/accounts", "not-a-token").statusCode(), "a forged token is refused too");
    }

    @Test
    void aliceReachesHerTerritoryOnlyAndTheWestLooksMissing() throws Exception {
        String alice = Api.token("alice");
        long own = RemoteFixtures.northwindCustomer("AccountsApiIT east");
        long west = RemoteFixtures.southwindCustomer("AccountsApiIT west");
        long refusalsBefore = refusals("alice", west);
        HttpResponse<String> other = Api.get("/v1/accounts/" + west, alice);
        HttpResponse<String> missing = Api.get("/v1/accounts/" + (west + 1_000_000), alice);
        assertEquals(404, other.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(withoutVaryingParts(missing.body(), west + 1_000_000), withoutVaryingParts(other.body(), west),
                "the same answer as for an id that does not exist");
        assertEquals(refusalsBefore + 1, refusals("alice", west), "the refusal is logged");

        HttpResponse<String> mine = Api.get("/v1/accounts/" + own, alice);
        assertEquals(200, mine.statusCode());
        assertTrue(Api.json(mine.body()).getString("name").startsWith("AccountsApiIT east "), mine.body());
        List<JsonObject> items = Api.json(Api.get("/v1/accounts?limit=200", alice).body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty());
        for (JsonObject account : items) {
            assertEquals("EAST", TestDatabase.text("SELECT territory FROM customer_account WHERE id = ?", account.get("id").toString()));
        }
    }

    /** The internal account resource carries owners and internal figures: partners read theirs through /v1/partner. */
    @Test
    void partnersReachNoInternalAccount() throws Exception {
        long own = RemoteFixtures.northwindCustomer("AccountsApiIT Northwind");
        for (String partner : new String[] {"dina", "nick", "sam"}) {
            String token = Api.token(partner);
            assertProblem(Api.get("/v1/accounts", token), "urn:portico:problem:forbidden");
            assertProblem(Api.get("/v1/accounts/" + own, token), "urn:portico:problem:forbidden");
        }
        String customers = Api.get("/v1/partner/customers", Api.token("dina")).body();
        assertTrue(customers.contains("\"id\":" + own), "dina's customers are in the partner resource: " + customers);
    }

    @Test
    void cursorPagingVisitsEveryAccountOnce() throws Exception {
        String bob = Api.token("bob");
        List<Long> seen = new ArrayList<>();
        String next = "/v1/accounts?limit=5";
        int pages = 0;
        while (next != null) {
            JsonObject page = Api.json(Api.get(next.startsWith("/api") ? System.getProperty("portico.baseUrl") + next : next, bob).body());
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> seen.add(a.getJsonNumber("id").longValue()));
            next = page.isNull("next") ? null : page.getString("next");
            pages++;
        }
        long total = TestDatabase.single("SELECT COUNT(*) FROM customer_account WHERE 'all' = ?", "all");
        assertEquals(total, seen.size(), "every account, bob sees ALL");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "none twice");
        assertEquals(seen.stream().sorted().toList(), seen, "in id order");
        assertEquals((total + 4) / 5, pages);
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        String bob = Api.token("bob");
        for (String[] bad : new String[][] {{"limit=0", "limit"}, {"limit=abc", "limit"}, {"limit=501", "limit"},
                {"after=-1", "after"}, {"territory=MOON", "territory"}, {"status=x", "status"}}) {
            HttpResponse<String> response = Api.get("/v1/accounts?" + bad[0], bob);
            assertEquals(400, response.statusCode(), bad[0]);
            JsonObject problem = assertProblem(response, "urn:portico:problem:invalid-request");
            assertEquals(bad[1], problem.getJsonArray("errors").getJsonObject(0).getString("field"), bad[0]);
        }
        assertEquals(404, Api.get("/v1/accounts/abc", bob).statusCode());
        assertProblem(Api.get("/v1/no-such-thing", bob), "urn:portico:problem:not-found");
    }

    @Test
    void aRoleWithoutTheModuleIsForbidden() {
        HttpResponse<String> response = Api.get("/v1/accounts", Api.token("sam"));
        assertEquals(403, response.statusCode());
        assertProblem(response, "urn:portico:problem:forbidden");
    }

    @Test
    void theOpenApiDocumentDescribesTheResources() {
        HttpResponse<String> yaml = Api.get("/openapi", null);
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().contains("/accounts/{id}:"), yaml.body());
        JsonObject json = Api.json(Api.get("/openapi?format=json", null).body());
        Set<String> paths = json.getJsonObject("paths").keySet();
        assertEquals(Set.of("/v1/accounts", "/v1/accounts/{id}", "/v1/orders", "/v1/orders/{id}",
                "/v1/quotes", "/v1/quotes/{id}", "/v1/quotes/{id}/sign", "/v1/quotes/{id}/discount-approval", "/v1/products", "/v1/products/{sku}",
                "/v1/tickets", "/v1/tickets/{id}", "/v1/tickets/{id}/comments", "/v1/tickets/{id}/resolve",
                "/v1/partner/catalogue", "/v1/partner/customers", "/v1/partner/standing", "/v1/partner/orders", "/v1/partner/orders/{id}",
                "/v1/partner/orders/{id}/approve", "/v1/partner/orders/{id}/reject", "/v1/partner/orders/{id}/cancel", "/v1/partner/invoices", "/v1/partner/invoices/{id}",
                "/v1/partner/invoices/{id}/pdf", "/v1/partner/statement", "/v1/partner/tickets", "/v1/partner/tickets/{id}", "/v1/partner/tickets/{id}/comments",
                "/v1/partner/people", "/v1/partner/people/{username}", "/v1/partner/people/{username}/roles",
                "/v1/partner/people/{username}/roles/{role}", "/v1/partner/people/{username}/enabled", "/v1/partner/people/{username}/limit",
                "/v1/staff", "/v1/staff/{username}", "/v1/hr/summaries/team", "/v1/hr/summaries/headcount", "/v1/hr/summaries/flows",
                "/v1/hr/summaries/plan", "/v1/hr/summaries/absence", "/v1/leads", "/v1/leads/{id}", "/v1/leads/{id}/qualify",
                "/v1/leads/{id}/disqualify", "/v1/opportunities", "/v1/opportunities/{id}", "/v1/opportunities/{id}/stage", "/v1/forecast"),
                paths);
        assertEquals(JsonValue.ValueType.OBJECT, json.getJsonObject("components").getJsonObject("schemas")
                .get("AccountRepresentation").getValueType());
    }

    private static JsonObject assertProblem(HttpResponse<String> response, String type) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = Api.json(response.body());
        assertEquals(type, problem.getString("type"));
        assertEquals(response.statusCode(), problem.getInt("status"));
        assertFalse(problem.getString("correlationId").isBlank());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name");
        return problem;
    }

    private static String withoutVaryingParts(String body, long id) {
        return body.replace(Long.toString(id), "ID").replaceAll("\"correlationId\":\"[^\"]*\"", "");
    }

    private static long refusals(String user, long accountId) throws Exception {
        return TestDatabase.single("SELECT COUNT(*) FROM access_log WHERE username = ? AND record_id = '" + accountId + "'", user);
    }
}
