package dev.portico.it.api;

import static dev.portico.it.support.ApiProblems.assertProblem;
import static dev.portico.it.support.ApiProblems.fields;
import static dev.portico.it.support.ApiProblems.withoutVaryingParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quotes over the REST API as a sales rep's script uses them: write a draft from SKUs and
 * quantities (priced from the ERP: a partner's customer at the partner's prices), sign it into an
 * ERP order whose timeline the orders resource shows; and every way of breaking it: a quote
 * outside the territory, a prospect, a role without the module (partners among them: theirs is
 * /v1/partner), no token, tampered bodies, a price in the body — each a problem, nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class QuotesApiIT {

    private static final String NOT_FOUND = "urn:portico:problem:not-found";
    private static final String INVALID = "urn:portico:problem:invalid-request";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void aliceWritesAndSignsAQuoteAtThePartnersPriceAndSeesItsOrdersTimeline() throws Exception {
        String alice = Api.token("alice");
        long account = RemoteFixtures.northwindCustomer("QuotesApiIT alice");
        HttpResponse<String> created = Api.post("/v1/quotes", alice,
                "{\"accountId\":" + account + ",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":2},{\"sku\":\"PRD-0002\",\"quantity\":1,\"description\":\"logger\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject quote = Api.json(created.body()).getJsonObject("quote");
        long id = quote.getJsonNumber("id").longValue();
        assertEquals(Api.BASE + "/v1/quotes/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("DRAFT", quote.getString("status"));
        assertEquals("alice", quote.getString("owner"));
        assertEquals("EUR", quote.getString("currency"), "the list's currency");
        assertEquals(new BigDecimal("164.80"), quote.getJsonNumber("total").bigDecimalValue(),
                "Northwind's prices: 2 × 41.40 (8 % off 45.00) + 82.00 (agreed for PRD-0002)");
        assertEquals(2, Api.json(created.body()).getJsonArray("lines").size());
        assertEquals(id, Api.json(Api.get("/v1/quotes/" + id, alice).body()).getJsonObject("quote").getJsonNumber("id").longValue());

        HttpResponse<String> signed = Api.post("/v1/quotes/" + id + "/sign", alice, null);
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals("SIGNED", Api.json(signed.body()).getString("status"));
        assertEquals("SIGNED", TestDatabase.text("SELECT status FROM quote WHERE id = ?", Long.toString(id)));
        JsonObject again = assertProblem(Api.post("/v1/quotes/" + id + "/sign", alice, null), 409, "urn:portico:problem:conflict");
        assertTrue(again.getString("detail").contains("only a draft can be signed"), again.toString());

        long order = waitFor("SELECT id FROM sales_order WHERE quote_id = ?", id);
        JsonObject timelineOrder = null;
        for (int i = 0; i < 50 && (timelineOrder == null || timelineOrder.getJsonArray("timeline").isEmpty()); i++) {
            Thread.sleep(200);
            timelineOrder = Api.json(Api.get("/v1/orders/" + order, alice).body());
        }
        assertEquals(id, timelineOrder.getJsonNumber("quoteId").longValue());
        JsonObject first = timelineOrder.getJsonArray("timeline").getJsonObject(0);
        assertTrue(List.of("ORDER_CONFIRMED", "ORDER_ON_CREDIT_HOLD").contains(first.getString("type")), first.toString());
        assertEquals(order, first.getJsonNumber("orderId").longValue());
    }

    @Test
    void aQuoteOutsideTheTerritoryAnswersLikeAMissingOneAndStaysUnsigned() throws Exception {
        String alice = Api.token("alice");
        long southwind = RemoteFixtures.draftQuote(RemoteFixtures.southwindCustomer("QuotesApiIT dan"));
        long missing = southwind + 1_000_000;
        for (String suffix : new String[] {"", "/sign"}) {
            HttpResponse<String> other = suffix.isEmpty() ? Api.get("/v1/quotes/" + southwind, alice)
                    : Api.post("/v1/quotes/" + southwind + suffix, alice, null);
            HttpResponse<String> none = suffix.isEmpty() ? Api.get("/v1/quotes/" + missing, alice)
                    : Api.post("/v1/quotes/" + missing + suffix, alice, null);
            assertProblem(other, 404, NOT_FOUND);
            assertProblem(none, 404, NOT_FOUND);
            assertEquals(withoutVaryingParts(none.body(), missing), withoutVaryingParts(other.body(), southwind), "GET/POST" + suffix);
        }
        assertEquals("DRAFT", TestDatabase.text("SELECT status FROM quote WHERE id = ?", Long.toString(southwind)));
        assertEquals(0, TestDatabase.single("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", Long.toString(southwind)));

        List<JsonObject> mine = Api.json(Api.get("/v1/quotes?limit=500", alice).body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(mine.isEmpty());
        for (JsonObject q : mine) {
            assertEquals("EAST", TestDatabase.text("SELECT territory FROM customer_account WHERE id = ?", q.get("accountId").toString()),
                    q.toString());
        }
    }

    @Test
    void aProspectMayHaveAQuoteButNotSignIt() throws Exception {
        String alice = Api.token("alice");
        long prospect = RemoteFixtures.eastProspect("QuotesApiIT prospect");
        HttpResponse<String> created = Api.post("/v1/quotes", alice,
                "{\"accountId\":" + prospect + ",\"currency\":\"eur\",\"lines\":[{\"sku\":\"PRD-0004\",\"quantity\":3}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created.body()).getJsonObject("quote").getJsonNumber("id").longValue();

        JsonObject refused = assertProblem(Api.post("/v1/quotes/" + id + "/sign", alice, null), 409, "urn:portico:problem:conflict");
        assertTrue(refused.getString("detail").contains("prospect"), refused.toString());
        assertEquals("DRAFT", TestDatabase.text("SELECT status FROM quote WHERE id = ?", Long.toString(id)));
        // That nothing was sent is counted at the broker by QuotesIT.prospectsQuoteIsRefusedAndNothingIsSent, in the server.
    }

    /** Partners order through /v1/partner/orders, made for them: the internal quotes name the staff who own them. */
    @Test
    void withoutTheModuleOrATokenTheAnswerIsAProblem() {
        for (String partner : new String[] {"sam", "dina", "nick"}) {
            String token = Api.token(partner);
            assertProblem(Api.get("/v1/quotes", token), 403, "urn:portico:problem:forbidden");
            assertProblem(Api.post("/v1/quotes", token, "{\"accountId\":1,\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":1}]}"), 403,
                    "urn:portico:problem:forbidden");
            assertProblem(Api.get("/v1/orders", token), 403, "urn:portico:problem:forbidden");
            assertProblem(Api.get("/v1/accounts", token), 403, "urn:portico:problem:forbidden");
        }
        assertProblem(Api.get("/v1/quotes", null), 401, "urn:portico:problem:unauthenticated");
        assertProblem(Api.post("/v1/quotes/1/sign", null, null), 401, "urn:portico:problem:unauthenticated");
    }

    @Test
    void tamperedBodiesAre400sNamingTheFieldAndWriteNothing() throws Exception {
        String alice = Api.token("alice");
        long account = RemoteFixtures.northwindCustomer("QuotesApiIT tampered");
        String[][] cases = {
                {"{\"accountId\":" + account + ",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":1},{\"sku\":\"NO-SUCH-SKU\",\"quantity\":1}]}", "lines[1].sku"},
                {"{\"accountId\":" + account + ",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":-3}]}", "lines[0].quantity"},
                {"{\"accountId\":" + account + ",\"lines\":[{\"sku\":\"PRD-0001\"}]}", "lines[0].quantity"},
                {"{\"accountId\":" + account + ",\"lines\":[{\"quantity\":1}]}", "lines[0].sku"},
                {"{\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":1}]}", "accountId"},
                {"{\"accountId\":" + account + "}", "lines"},
                {"{\"accountId\":" + account + ",\"lines\":[]}", "lines"},
                {"{\"accountId\":" + account + ",\"currency\":\"euros\",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":1}]}", "currency"},
                {"{\"accountId\":\"abc\",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":1}]}", "body"},
                {"{\"accountId\":" + account + ",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":1}]", "body"},
                {"[1, 2]", "body"},
                {"", "body"}};
        long quotesBefore = TestDatabase.single("SELECT COUNT(*) FROM quote WHERE 'x' = ?", "x");
        for (String[] bad : cases) {
            HttpResponse<String> response = Api.post("/v1/quotes", alice, bad[0]);
            JsonObject problem = assertProblem(response, 400, INVALID);
            assertTrue(fields(problem).contains(bad[1]), bad[0] + " → " + problem);
        }
        assertProblem(Api.post("/v1/quotes", alice, "accountId=" + account, "text/plain"), 415, "urn:portico:problem:unsupported-media-type");
        assertEquals(quotesBefore, TestDatabase.single("SELECT COUNT(*) FROM quote WHERE 'x' = ?", "x"), "nothing written");
        assertProblem(Api.get("/v1/quotes?limit=0", alice), 400, INVALID);
        assertProblem(Api.get("/v1/quotes?status=LOST", alice), 400, INVALID);
        assertProblem(Api.get("/v1/quotes/abc", alice), 404, NOT_FOUND);
    }

    /** The API has no price field; one sent anyway is not a price. A discount beyond what any role may give is a 400 naming the line. */
    @Test
    void aUnitPriceInTheBodySetsNoPrice() throws Exception {
        long account = RemoteFixtures.northwindCustomer("QuotesApiIT tampered price");
        HttpResponse<String> created = Api.post("/v1/quotes", Api.token("alice"),
                "{\"accountId\":" + account + ",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":2,\"unitPrice\":0.01,\"price\":0.01}]}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(new BigDecimal("82.80"), Api.json(created.body()).getJsonObject("quote").getJsonNumber("total").bigDecimalValue(),
                "2 × 41.40, Northwind's price, not the body's");
        JsonObject refused = assertProblem(Api.post("/v1/quotes", Api.token("alice"), "{\"accountId\":" + account
                + ",\"discountReason\":\"try\",\"lines\":[{\"sku\":\"PRD-0001\",\"quantity\":2,\"discountPercent\":60}]}"), 400, INVALID);
        assertTrue(fields(refused).contains("lines[0].sku"), refused.toString());
    }

    @Test
    void cursorPagingVisitsEveryQuoteOnceInIdOrder() throws Exception {
        String bob = Api.token("bob");
        // The database's own list, read before paging: every quote that exists now must be visited.
        List<Long> existing = TestDatabase.numbers("SELECT id FROM quote WHERE id > ? ORDER BY id", "0");
        List<Long> seen = new ArrayList<>();
        String next = "/v1/quotes?limit=2";
        while (next != null) {
            JsonObject page = Api.json(Api.get(next.startsWith("/api") ? System.getProperty("portico.baseUrl") + next : next, bob).body());
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(q -> seen.add(q.getJsonNumber("id").longValue()));
            next = page.isNull("next") ? null : page.getString("next");
        }
        long last = existing.get(existing.size() - 1);
        assertEquals(existing, seen.stream().filter(id -> id <= last).toList(), "bob (ALL) visits every quote that existed, once, in id order");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "none twice");
        assertEquals(seen.stream().sorted().toList(), seen, "in id order");
    }

    private static long waitFor(String sql, long parameter) throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                return TestDatabase.single(sql, Long.toString(parameter));
            } catch (AssertionError notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no row from " + sql + " for " + parameter);
    }
}
