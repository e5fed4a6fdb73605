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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tickets and the product catalogue over the REST API: a partner opens a ticket about one of
 * its orders, comments and resolves it; another organisation's account, ticket or order is
 * refused like a missing one; the catalogue pages by SKU with prices and available stock, for
 * the roles that hold {@code products:view} only.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsAndProductsApiIT {

    private static final String INVALID = "urn:portico:problem:invalid-request";
    private static final String NOT_FOUND = "urn:portico:problem:not-found";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void dinaOpensATicketAboutHerOrderCommentsAndResolvesIt() throws Exception {
        String dina = Api.token("dina");
        long account = RemoteFixtures.northwindCustomer("TicketsApiIT dina");
        long order = signedOrder(dina, account);

        HttpResponse<String> opened = Api.post("/v1/tickets", dina, "{\"accountId\":" + account
                + ",\"subject\":\"Pallet covers arrived wet\",\"priority\":\"high\",\"orderId\":" + order + "}");
        assertEquals(201, opened.statusCode(), opened.body());
        JsonObject ticket = Api.json(opened.body()).getJsonObject("ticket");
        long id = ticket.getJsonNumber("id").longValue();
        assertEquals(Api.BASE + "/v1/tickets/" + id, opened.headers().firstValue("Location").orElseThrow());
        assertEquals("HIGH", ticket.getString("priority"));
        assertEquals("OPEN", ticket.getString("status"));
        assertEquals(order, ticket.getJsonNumber("orderId").longValue());
        assertEquals("dina", ticket.getString("openedBy"));

        HttpResponse<String> commented = Api.post("/v1/tickets/" + id + "/comments", dina, "{\"body\":\"Photos sent by mail.\"}");
        assertEquals(201, commented.statusCode(), commented.body());
        assertEquals("Photos sent by mail.", Api.json(commented.body()).getJsonArray("comments").getJsonObject(0).getString("body"));
        assertEquals(1, Api.json(Api.get("/v1/tickets/" + id, dina).body()).getJsonArray("comments").size());

        assertEquals("RESOLVED", Api.json(Api.post("/v1/tickets/" + id + "/resolve", dina, null).body()).getString("status"));
        assertProblem(Api.post("/v1/tickets/" + id + "/resolve", dina, null), 409, "urn:portico:problem:conflict");
    }

    @Test
    void anotherOrganisationsTicketAccountAndOrderAreRefusedAndNothingIsWritten() throws Exception {
        String dina = Api.token("dina");
        String dan = Api.token("dan");
        long northwind = RemoteFixtures.northwindCustomer("TicketsApiIT dina");
        long southwind = RemoteFixtures.southwindCustomer("TicketsApiIT dan");
        long southwindOrder = RemoteFixtures.signedOrder(southwind);
        HttpResponse<String> dansTicket = Api.post("/v1/tickets", dan,
                "{\"accountId\":" + southwind + ",\"subject\":\"Invoice copy\",\"priority\":\"LOW\"}");
        assertEquals(201, dansTicket.statusCode(), dansTicket.body());
        long southwindTicket = Api.json(dansTicket.body()).getJsonObject("ticket").getJsonNumber("id").longValue();
        long tickets = count("service_ticket");
        long comments = count("ticket_comment");

        for (String suffix : new String[] {"", "/resolve", "/comments"}) {
            String body = suffix.equals("/comments") ? "{\"body\":\"x\"}" : null;
            HttpResponse<String> other = suffix.isEmpty() ? Api.get("/v1/tickets/" + southwindTicket, dina)
                    : Api.post("/v1/tickets/" + southwindTicket + suffix, dina, body);
            HttpResponse<String> missing = suffix.isEmpty() ? Api.get("/v1/tickets/" + (southwindTicket + 1_000_000), dina)
                    : Api.post("/v1/tickets/" + (southwindTicket + 1_000_000) + suffix, dina, body);
            assertProblem(other, 404, NOT_FOUND);
            assertEquals(withoutVaryingParts(missing.body(), southwindTicket + 1_000_000), withoutVaryingParts(other.body(), southwindTicket),
                    suffix);
        }
        assertProblem(Api.post("/v1/tickets", dina, "{\"accountId\":" + southwind + ",\"subject\":\"x\",\"priority\":\"LOW\"}"), 404, NOT_FOUND);
        JsonObject foreignOrder = assertProblem(Api.post("/v1/tickets", dina, "{\"accountId\":" + northwind
                + ",\"subject\":\"x\",\"priority\":\"LOW\",\"orderId\":" + southwindOrder + "}"), 400, INVALID);
        assertEquals(List.of("orderId"), fields(foreignOrder));

        String[][] bad = {{"{\"accountId\":" + northwind + ",\"priority\":\"LOW\"}", "subject"},
                {"{\"accountId\":" + northwind + ",\"subject\":\"x\",\"priority\":\"SOMETIME\"}", "priority"},
                {"{\"subject\":\"x\",\"priority\":\"LOW\"}", "accountId"},
                {"{\"accountId\":" + northwind + ",\"subject\":\"x\",\"priority\":\"LOW\",\"orderId\":-4}", "orderId"},
                {"{\"accountId\":" + northwind + ",\"subject\":", "body"}};
        for (String[] b : bad) {
            assertTrue(fields(assertProblem(Api.post("/v1/tickets", dina, b[0]), 400, INVALID)).contains(b[1]), b[0]);
        }
        assertTrue(fields(assertProblem(Api.post("/v1/tickets/" + southwindTicket + "/comments", dan, "{\"body\":\" \"}"), 400, INVALID))
                .contains("body"));
        assertEquals(tickets, count("service_ticket"), "no ticket written");
        assertEquals(comments, count("ticket_comment"), "no comment written");

        for (JsonObject t : Api.json(Api.get("/v1/tickets?limit=500", dina).body()).getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("northwind", TestDatabase.text("SELECT o.alias FROM customer_account a JOIN organisation o "
                    + "ON o.id = a.partner_organisation_id WHERE a.id = ?", t.get("accountId").toString()), t.toString());
        }
        assertProblem(Api.get("/v1/tickets", Api.token("sam")), 403, "urn:portico:problem:forbidden");
    }

    @Test
    void theCataloguePagesBySkuWithPriceAndAvailableStock() throws Exception {
        String alice = Api.token("alice");
        List<String> skus = new ArrayList<>();
        String next = "/v1/products?limit=4";
        while (next != null) {
            JsonObject page = Api.json(Api.get(next.startsWith("/api") ? System.getProperty("portico.baseUrl") + next : next, alice).body());
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(p -> skus.add(p.getString("sku")));
            next = page.isNull("next") ? null : page.getString("next");
        }
        assertEquals(count("product"), skus.size(), "every product once");
        assertEquals(skus.stream().sorted().toList(), skus, "in SKU order");

        JsonObject cover = Api.json(Api.get("/v1/products/PRD-0001", alice).body());
        assertEquals(new BigDecimal("45.00"), cover.getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals(TestDatabase.single("SELECT stock_on_hand - reserved FROM product WHERE sku = ?", "PRD-0001"), cover.getInt("available"));
        assertEquals(List.of("DRL-18V-KIT"), Api.json(Api.get("/v1/products?search=cordless", alice).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("sku")).toList());

        assertProblem(Api.get("/v1/products/NO-SUCH", alice), 404, NOT_FOUND);
        assertProblem(Api.get("/v1/products?after=x%27%20OR%201%3D1", alice), 400, INVALID);
        assertProblem(Api.get("/v1/products?limit=200", alice), 400, INVALID);
        assertProblem(Api.get("/v1/products", Api.token("dina")), 403, "urn:portico:problem:forbidden");
        assertProblem(Api.get("/v1/products/PRD-0001", null), 401, "urn:portico:problem:unauthenticated");
    }

    /** A quote written and signed through the API by {@code token}, and the id of the ERP order it became. */
    private static long signedOrder(String token, long account) throws Exception {
        HttpResponse<String> quote = Api.post("/v1/quotes", token, "{\"accountId\":" + account + ",\"lines\":[{\"sku\":\"PRD-0003\",\"quantity\":1}]}");
        assertEquals(201, quote.statusCode(), quote.body());
        long id = Api.json(quote.body()).getJsonObject("quote").getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/v1/quotes/" + id + "/sign", token, null).statusCode());
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> orders = Api.get("/v1/orders?limit=199&after=0", token);
            for (JsonObject o : Api.json(orders.body()).getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (o.getJsonNumber("quoteId").longValue() == id) {
                    return o.getJsonNumber("id").longValue();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no ERP order for quote " + id);
    }

    private static long count(String table) throws Exception {
        assertFalse(table.contains(" "));
        return TestDatabase.single("SELECT COUNT(*) FROM " + table + " WHERE 'x' = ?", "x");
    }
}
