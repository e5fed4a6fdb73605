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
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/partner} as a partner's own tooling uses it: the catalogue at Northwind's
 * prices, a cart submitted by nick (with a price planted in the body) waiting for an approver,
 * dina approving it; and the boundary: dan cannot read or decide Northwind's order, a buyer
 * cannot approve, and the partner types carry no internal field.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerApiIT {

    private static final String NOT_FOUND = "urn:portico:problem:not-found";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void nickSubmitsACartAtNorthwindsPriceAndDinaApprovesIt() throws Exception {
        String nick = Api.token("nick");
        JsonObject catalogue = Api.json(Api.get("/v1/partner/catalogue?search=PRD-0002", nick).body());
        JsonObject logger = catalogue.getJsonArray("items").getJsonObject(0);
        assertEquals(new BigDecimal("82.00"), logger.getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals("IN_STOCK", logger.getString("availability"));
        assertFalse(logger.containsKey("stockOnHand") || logger.containsKey("reserved"), "a band, no figures: " + logger);

        long customer = RemoteFixtures.northwindCustomer("PartnerApiIT");
        HttpResponse<String> submitted = Api.post("/v1/partner/orders", nick, "{\"accountId\":" + customer
                + ",\"deliveryAddress\":\"Dock 4\",\"lines\":[{\"sku\":\"PRD-0002\",\"quantity\":20,\"unitPrice\":0.01,\"price\":0.01}]}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject order = Api.json(submitted.body()).getJsonObject("order");
        assertEquals("AWAITING_APPROVAL", order.getString("status"));
        assertEquals(new BigDecimal("1640.00"), order.getJsonNumber("total").bigDecimalValue(), "20 × 82.00; the body's price set nothing");
        long id = order.getJsonNumber("id").longValue();

        assertProblem(Api.post("/v1/partner/orders/" + id + "/approve", nick, "{\"reason\":\"mine\"}"), 403, "urn:portico:problem:forbidden");
        String dan = Api.token("dan");
        String foreign = Api.get("/v1/partner/orders/" + id, dan).body();
        String missing = Api.get("/v1/partner/orders/" + (id + 1_000_000), dan).body();
        assertProblem(Api.get("/v1/partner/orders/" + id, dan), 404, NOT_FOUND);
        assertEquals(withoutVaryingParts(missing, id + 1_000_000), withoutVaryingParts(foreign, id),
                "Southwind's order answers like a missing one");
        assertProblem(Api.post("/v1/partner/orders/" + id + "/approve", dan, "{\"reason\":\"not ours\"}"), 404, NOT_FOUND);
        assertTrue(fields(assertProblem(Api.post("/v1/partner/orders/" + id + "/approve", Api.token("dina"), "{\"reason\":\" \"}"),
                400, "urn:portico:problem:invalid-request")).stream().anyMatch(f -> f.contains("reason")), "a reason is required");

        JsonObject approved = Api.json(Api.post("/v1/partner/orders/" + id + "/approve", Api.token("dina"),
                "{\"reason\":\"Season stock\"}").body());
        assertEquals("SUBMITTED", approved.getString("status"), approved.toString());
        assertEquals("SIGNED", TestDatabase.text("SELECT status FROM quote WHERE id = ?", Long.toString(id)));
        assertProblem(Api.post("/v1/partner/orders/" + id + "/approve", Api.token("dina"), "{\"reason\":\"again\"}"), 409,
                "urn:portico:problem:conflict");
        assertProblem(Api.post("/v1/partner/orders/" + id + "/cancel", nick, "{\"reason\":\"too late\"}"), 409,
                "urn:portico:problem:conflict");
    }

    /** A discontinued product is out of the partner's catalogue, and an order naming it is refused with its line named. */
    @Test
    void aDiscontinuedProductIsNotOfferedToPartnersNorOrderable() throws Exception {
        String sku = "PAD-" + (System.nanoTime() % 1_000_000_000);
        TestDatabase.update("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, reserved, reorder_level, discontinued_at) "
                + "VALUES (?, 'PartnerApiIT old model', 10.00, 'EUR', 100, 0, 0, CURRENT_TIMESTAMP(6))", sku);
        TestDatabase.update("INSERT INTO crm_price (sku, name, unit_price, currency, as_of, discontinued_at) "
                + "VALUES (?, 'PartnerApiIT old model', 10.00, 'EUR', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))", sku);
        String nick = Api.token("nick");
        JsonObject catalogue = Api.json(Api.get("/v1/partner/catalogue?search=" + sku, nick).body());
        assertTrue(catalogue.getJsonArray("items").isEmpty(), "not offered: " + catalogue);

        long customer = RemoteFixtures.northwindCustomer("PartnerApiIT discontinued");
        HttpResponse<String> refused = Api.post("/v1/partner/orders", nick, "{\"accountId\":" + customer
                + ",\"deliveryAddress\":\"Dock 4\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}");
        assertTrue(fields(assertProblem(refused, 400, "urn:portico:problem:invalid-request")).contains("lines[0].sku"), refused.body());
    }

    @Test
    void nickCancelsAnOrderWaitingForApprovalAndNothingReachesTheErp() throws Exception {
        String nick = Api.token("nick");
        long customer = RemoteFixtures.northwindCustomer("PartnerApiIT cancel");
        HttpResponse<String> submitted = Api.post("/v1/partner/orders", nick, "{\"accountId\":" + customer
                + ",\"lines\":[{\"sku\":\"PRD-0002\",\"quantity\":30}]}");
        long id = Api.json(submitted.body()).getJsonObject("order").getJsonNumber("id").longValue();
        assertProblem(Api.post("/v1/partner/orders/" + id + "/cancel", Api.token("dan"), "{\"reason\":\"not ours\"}"), 404, NOT_FOUND);
        JsonObject cancelled = Api.json(Api.post("/v1/partner/orders/" + id + "/cancel", nick, "{\"reason\":\"Ordered twice\"}").body());
        assertEquals("CANCELLED", cancelled.getString("status"), cancelled.toString());
        assertEquals("CANCELLED", TestDatabase.text("SELECT status FROM quote WHERE id = ?", Long.toString(id)));
        assertProblem(Api.post("/v1/partner/orders/" + id + "/approve", Api.token("dina"), "{\"reason\":\"late\"}"), 409,
                "urn:portico:problem:conflict");
        assertEquals(0, TestDatabase.single("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", Long.toString(id)));
        assertTrue(Api.get("/v1/partner/orders?status=CANCELLED", nick).body().contains("\"id\":" + id), "listed as cancelled");
    }

    @Test
    void aPartnersViewOfAnOrderAndATicketCarriesNoInternalField() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        long customer = RemoteFixtures.northwindCustomer("PartnerApiIT boundary");
        long order = RemoteFixtures.signedQuote(customer);
        long ticket = RemoteFixtures.openTicket(customer, "Broken pallet cover");
        TestDatabase.update("INSERT INTO ticket_comment (ticket_id, author, body, visibility) VALUES (?, 'bob', ?, 'INTERNAL')",
                ticket, "Internal note " + canary);
        String dina = Api.token("dina");
        String owner = TestDatabase.text("SELECT owner_username FROM customer_account WHERE id = ?", Long.toString(customer));
        for (String path : new String[] {"/v1/partner/orders/" + order, "/v1/partner/orders", "/v1/partner/tickets/" + ticket,
                "/v1/partner/tickets", "/v1/partner/customers", "/v1/partner/standing", "/v1/partner/invoices"}) {
            HttpResponse<String> response = Api.get(path, dina);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertFalse(response.body().contains(canary), path);
            assertFalse(response.body().matches("(?s).*\"" + owner + "\".*") || response.body().contains("\"bob\""),
                    path + " names staff: " + response.body());
            assertFalse(response.body().contains("creditLimit") || response.body().contains("assignee")
                    || response.body().contains("owner"), path + " carries an internal field");
        }
        assertProblem(Api.get("/v1/partner/orders", Api.token("alice")), 403, "urn:portico:problem:forbidden");
    }
}
