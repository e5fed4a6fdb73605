package dev.portico.it.api;

import static dev.portico.it.support.ApiProblems.assertProblem;
import static dev.portico.it.support.ApiProblems.fields;
import static dev.portico.it.support.ApiProblems.withoutVaryingParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.OrderSteps;
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
 * Tickets and the product catalogue over the REST API: a service agent opens a ticket about an
 * order, comments and resolves it; a partner's tickets go through the partner resources, where
 * another organisation's ticket or customer is refused like a missing one; the catalogue pages by
 * SKU with prices and available stock, for the roles that hold {@code products:view} only.
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
    void bobOpensATicketAboutAnOrderCommentsAndResolvesIt() throws Exception {
        String bob = Api.token("bob");
        long account = RemoteFixtures.northwindCustomer("TicketsApiIT bob");
        long order = signedOrder(Api.token("alice"), account);

        HttpResponse<String> opened = Api.post("/v1/tickets", bob, "{\"accountId\":" + account
                + ",\"subject\":\"Pallet covers arrived wet\",\"priority\":\"high\",\"orderId\":" + order + "}");
        assertEquals(201, opened.statusCode(), opened.body());
        JsonObject ticket = Api.json(opened.body()).getJsonObject("ticket");
        long id = ticket.getJsonNumber("id").longValue();
        assertEquals(Api.BASE + "/v1/tickets/" + id, opened.headers().firstValue("Location").orElseThrow());
        assertEquals("HIGH", ticket.getString("priority"));
        assertEquals("OPEN", ticket.getString("status"));
        assertEquals(order, ticket.getJsonNumber("orderId").longValue());
        assertEquals("bob", ticket.getString("openedBy"));

        HttpResponse<String> commented = Api.post("/v1/tickets/" + id + "/comments", bob, "{\"body\":\"Photos sent by mail.\"}");
        assertEquals(201, commented.statusCode(), commented.body());
        assertEquals("Photos sent by mail.", Api.json(commented.body()).getJsonArray("comments").getJsonObject(0).getString("body"));
        assertEquals(1, Api.json(Api.get("/v1/tickets/" + id, bob).body()).getJsonArray("comments").size());

        assertEquals("RESOLVED", Api.json(Api.post("/v1/tickets/" + id + "/resolve", bob, null).body()).getString("status"));
        assertProblem(Api.post("/v1/tickets/" + id + "/resolve", bob, null), 409, "urn:portico:problem:conflict");
    }

    /**
     * Partners reach tickets only through the partner resources, made for them: another
     * organisation's ticket or customer answers like a missing one there, and the internal
     * resource, with its staff usernames and internal comments, is not theirs at all.
     */
    @Test
    void anotherOrganisationsTicketAndCustomerAreRefusedAndNothingIsWritten() throws Exception {
        String dina = Api.token("dina");
        String dan = Api.token("dan");
        long northwind = RemoteFixtures.northwindCustomer("TicketsApiIT dina");
        long southwind = RemoteFixtures.southwindCustomer("TicketsApiIT dan");
        HttpResponse<String> dansTicket = Api.post("/v1/partner/tickets", dan,
                "{\"customerId\":" + southwind + ",\"subject\":\"Invoice copy\",\"priority\":\"LOW\",\"description\":\"Please resend\"}");
        assertEquals(201, dansTicket.statusCode(), dansTicket.body());
        long southwindTicket = Api.json(dansTicket.body()).getJsonObject("ticket").getJsonNumber("id").longValue();
        long tickets = count("service_ticket");
        long comments = count("ticket_comment");

        for (String suffix : new String[] {"", "/comments"}) {
            String body = suffix.isEmpty() ? null : "{\"body\":\"x\"}";
            HttpResponse<String> other = suffix.isEmpty() ? Api.get("/v1/partner/tickets/" + southwindTicket, dina)
                    : Api.post("/v1/partner/tickets/" + southwindTicket + suffix, dina, body);
            HttpResponse<String> missing = suffix.isEmpty() ? Api.get("/v1/partner/tickets/" + (southwindTicket + 1_000_000), dina)
                    : Api.post("/v1/partner/tickets/" + (southwindTicket + 1_000_000) + suffix, dina, body);
            assertProblem(other, 404, NOT_FOUND);
            assertEquals(withoutVaryingParts(missing.body(), southwindTicket + 1_000_000), withoutVaryingParts(other.body(), southwindTicket),
                    suffix);
        }
        assertProblem(Api.post("/v1/partner/tickets", dina, "{\"customerId\":" + southwind
                + ",\"subject\":\"x\",\"priority\":\"LOW\",\"description\":\"x\"}"), 404, NOT_FOUND);

        String[][] bad = {{"{\"customerId\":" + northwind + ",\"priority\":\"LOW\",\"description\":\"x\"}", "subject"},
                {"{\"customerId\":" + northwind + ",\"subject\":\"x\",\"priority\":\"SOMETIME\",\"description\":\"x\"}", "priority"},
                {"{\"customerId\":" + northwind + ",\"subject\":\"x\",\"priority\":\"LOW\"}", "description"},
                {"{\"customerId\":" + northwind + ",\"subject\":", "body"}};
        for (String[] b : bad) {
            assertTrue(fields(assertProblem(Api.post("/v1/partner/tickets", dina, b[0]), 400, INVALID)).toString().contains(b[1]), b[0]);
        }
        assertTrue(fields(assertProblem(Api.post("/v1/partner/tickets/" + southwindTicket + "/comments", dan, "{\"body\":\" \"}"), 400,
                INVALID)).toString().contains("body"));
        assertEquals(tickets, count("service_ticket"), "no ticket written");
        assertEquals(comments, count("ticket_comment"), "no comment written");

        for (JsonObject t : Api.json(Api.get("/v1/partner/tickets?limit=200", dina).body()).getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("northwind", TestDatabase.text("SELECT o.alias FROM service_ticket t JOIN customer_account a ON a.id = t.account_id "
                    + "JOIN organisation o ON o.id = a.partner_organisation_id WHERE t.id = ?", t.get("id").toString()), t.toString());
        }
        for (String partner : new String[] {"dina", "nick", "sam"}) {
            assertProblem(Api.get("/v1/tickets", Api.token(partner)), 403, "urn:portico:problem:forbidden");
        }
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
        return OrderSteps.awaitErpOrder(id);
    }

    private static long count(String table) throws Exception {
        assertFalse(table.contains(" "));
        return TestDatabase.single("SELECT COUNT(*) FROM " + table + " WHERE 'x' = ?", "x");
    }
}
