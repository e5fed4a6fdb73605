package dev.portico.it.api;

import static dev.portico.it.support.ApiProblems.assertProblem;
import static dev.portico.it.support.ApiProblems.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.Deployments;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /v1/leads}, {@code /v1/opportunities}, {@code /v1/forecast} with real Keycloak tokens:
 * alice enters and qualifies a lead, moves its opportunity and is refused a second qualification,
 * a won-by-hand and frank's opportunity; the forecast is hers alone and frank's team's for him;
 * bad input is a problem naming the field; a service agent and a partner are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelineApiIT {

    private static final String CONFLICT = "urn:portico:problem:conflict";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aliceQualifiesALeadMovesItsOpportunityAndIsRefusedWhatIsNotHers() {
        String alice = Api.token("alice");
        String tag = "ApiIT lead " + System.nanoTime();
        HttpResponse<String> created = Api.post("/v1/leads", alice, "{\"company\":\"" + tag + "\",\"contactName\":\"Olga Nowak\","
                + "\"territory\":\"EAST\",\"source\":\"WEB\",\"estimatedAmount\":4000}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject lead = Api.json(created.body());
        assertEquals("alice", lead.getString("owner"));
        assertEquals("NEW", lead.getString("status"));
        String qualify = "/v1/leads/" + lead.getJsonNumber("id").longValue() + "/qualify";
        String body = "{\"opportunityName\":\"" + tag + " deal\",\"amount\":4000,\"closeDate\":\"" + LocalDate.now(ZoneOffset.UTC) + "\"}";
        HttpResponse<String> qualified = Api.post(qualify, alice, body);
        assertEquals(200, qualified.statusCode(), qualified.body());
        String opportunity = Api.json(qualified.body()).getString("opportunity").replace("/api", "");
        assertProblem(Api.post(qualify, alice, body), 409, CONFLICT);

        HttpResponse<String> moved = Api.post(opportunity + "/stage", alice, "{\"stage\":\"PROPOSAL\",\"note\":\"via the API\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("PROPOSAL", Api.json(moved.body()).getString("stage"));
        assertProblem(Api.post(opportunity + "/stage", alice, "{\"stage\":\"WON\"}"), 409, CONFLICT);
        JsonObject detail = Api.json(Api.get(opportunity, alice).body());
        assertEquals(List.of("QUALIFICATION", "PROPOSAL"), detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("to")).toList());

        JsonObject invalid = assertProblem(Api.post("/v1/leads", alice, "{\"contactName\":\"x\",\"territory\":\"EAST\",\"country\":\"USA\"}"),
                400, "urn:portico:problem:invalid-request");
        assertTrue(fields(invalid).containsAll(List.of("company", "country")), invalid.toString());
        assertProblem(Api.get("/v1/forecast?quarter=2026-Q5", alice), 400, "urn:portico:problem:invalid-request");

        // frank's own opportunity is not alice's: it answers like a missing one
        String frank = Api.token("frank");
        JsonObject franks = Api.json(Api.get("/v1/opportunities?owner=frank&limit=1", frank).body()).getJsonArray("items").getJsonObject(0);
        assertProblem(Api.get("/v1/opportunities/" + franks.getJsonNumber("id").longValue(), alice), 404, "urn:portico:problem:not-found");
        assertTrue(Api.json(Api.get("/v1/opportunities?limit=500", alice).body()).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().allMatch(o -> o.getString("owner").equals("alice")), "alice lists her own");

        List<String> alicesRows = owners(Api.get("/v1/forecast", alice));
        assertTrue(!alicesRows.isEmpty() && alicesRows.stream().allMatch("alice"::equals), alicesRows.toString());
        List<String> franksRows = owners(Api.get("/v1/forecast", frank));
        assertTrue(franksRows.contains("alice") && franksRows.contains("frank"), franksRows.toString());

        assertProblem(Api.get("/v1/leads", Api.token("bob")), 403, "urn:portico:problem:forbidden");
        assertProblem(Api.get("/v1/leads", Api.token("dina")), 403, "urn:portico:problem:forbidden");
        assertProblem(Api.get("/v1/opportunities", Api.token("dina")), 403, "urn:portico:problem:forbidden");
    }

    private static List<String> owners(HttpResponse<String> forecast) {
        assertEquals(200, forecast.statusCode(), forecast.body());
        return Api.json(forecast.body()).getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getString("owner")).toList();
    }
}
