package dev.portico.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Api;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakRest;
import dev.portico.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/partner/people} tried the way a partner administrator could try to break it:
 * another organisation's user answers like a missing one, a company role or a role the
 * administrator does not hold is refused (and nothing is created in Keycloak), nobody changes
 * their own access, and users without {@code partner-people} get 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerPeopleApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void dinaListsOnlyNorthwindsPeopleWithTheirPartnerRoles() {
        HttpResponse<String> people = Api.get("/v1/partner/people", Api.token("dina"));
        assertEquals(200, people.statusCode(), people.body());
        assertTrue(people.body().contains("\"username\":\"nick\""), people.body());
        assertTrue(people.body().contains("\"amount\":1000"), "nick's purchase limit: " + people.body());
        for (String outsider : new String[] {"dan", "sam", "alice", "frank"}) {
            assertFalse(people.body().contains("\"username\":\"" + outsider + "\""), outsider + " is not Northwind's: " + people.body());
        }
        assertFalse(people.body().contains("default-roles") || people.body().contains("\"partner\""), "partner roles only: " + people.body());
    }

    @Test
    void anotherOrganisationsUserAnswersExactlyLikeAMissingOne() {
        String dina = Api.token("dina");
        HttpResponse<String> foreign = Api.post("/v1/partner/people/dan/roles", dina, "{\"role\":\"buyer\",\"reason\":\"try\"}");
        HttpResponse<String> missing = Api.post("/v1/partner/people/nobody-at-all/roles", dina, "{\"role\":\"buyer\",\"reason\":\"try\"}");
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals(withoutIds(missing.body()).replace("nobody-at-all", "X"), withoutIds(foreign.body()).replace("dan", "X"));
        assertEquals(404, Api.get("/v1/partner/people/dan", dina).statusCode());
        assertEquals(404, Api.call("DELETE", "/v1/partner/people/sam?reason=try", dina, null).statusCode());
        assertEquals(404, Api.call("PUT", "/v1/partner/people/dan/limit", dina, "{\"amount\":1,\"currency\":\"EUR\",\"reason\":\"try\"}").statusCode());
        assertTrue(KeycloakRest.userExists("sam"));
        assertFalse(KeycloakRest.realmRoles("dan").isEmpty());
    }

    @Test
    void aCompanyRoleARoleDinaDoesNotHoldAndHerOwnAccessAreRefused() throws Exception {
        String dina = Api.token("dina");
        for (String role : new String[] {"sales-rep", "portal-admin", "auditor", "supplier", "partner-viewer"}) {
            HttpResponse<String> refused = Api.post("/v1/partner/people/nick/roles", dina, "{\"role\":\"" + role + "\",\"reason\":\"try\"}");
            assertEquals(403, refused.statusCode(), role + ": " + refused.body());
            assertFalse(KeycloakRest.realmRoles("nick").contains(role));
        }
        String username = "eve." + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
        HttpResponse<String> invite = Api.post("/v1/partner/people", dina, "{\"email\":\"" + username
                + "\",\"firstName\":\"Eve\",\"lastName\":\"Sneak\",\"roles\":[\"buyer\",\"portal-admin\"],\"reason\":\"try\"}");
        assertEquals(403, invite.statusCode(), invite.body());
        assertFalse(KeycloakRest.userExists(username), "nothing was created in Keycloak");

        assertEquals(403, Api.call("PUT", "/v1/partner/people/dina/enabled", dina, "{\"enabled\":false,\"reason\":\"try\"}").statusCode());
        assertEquals(403, Api.call("PUT", "/v1/partner/people/dina/limit", dina, "{\"amount\":1,\"currency\":\"EUR\",\"reason\":\"try\"}").statusCode());
        assertEquals(403, Api.call("DELETE", "/v1/partner/people/dina/roles/buyer?reason=try", dina, null).statusCode());
        assertTrue(KeycloakRest.realmRoles("dina").containsAll(Set.of("buyer", "partner-admin")));
        assertEquals(0, TestDatabase.single("SELECT COUNT(*) FROM grant_ledger WHERE subject = ?", username));
    }

    @Test
    void withoutPartnerPeopleTheResourceIsForbidden() {
        for (String persona : new String[] {"nick", "alice", "frank"}) {
            HttpResponse<String> refused = Api.get("/v1/partner/people", Api.token(persona));
            assertEquals(403, refused.statusCode(), persona + ": " + refused.body());
        }
    }

    @Test
    void anInvitedUserIsDisabledThenRemovedEachStepLedgered() throws Exception {
        String dina = Api.token("dina");
        String username = "otto." + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
        try {
            HttpResponse<String> invite = Api.post("/v1/partner/people", dina, "{\"email\":\"" + username
                    + "\",\"firstName\":\"Otto\",\"lastName\":\"Viewer\",\"roles\":[\"distributor\"],"
                    + "\"purchaseLimit\":{\"amount\":250.00,\"currency\":\"EUR\"},\"reason\":\"Reads the statements\"}");
            assertEquals(201, invite.statusCode(), invite.body());
            JsonObject invitation = Api.json(invite.body());
            assertEquals(username, invitation.getString("username"));
            assertEquals(16, invitation.getString("temporaryPassword").length());
            HttpResponse<String> conflict = Api.post("/v1/partner/people", dina, "{\"email\":\"" + username
                    + "\",\"firstName\":\"Otto\",\"lastName\":\"Again\",\"roles\":[\"distributor\"],\"reason\":\"twice\"}");
            assertEquals(409, conflict.statusCode(), conflict.body());

            assertEquals(204, Api.call("PUT", "/v1/partner/people/" + username + "/enabled", dina,
                    "{\"enabled\":false,\"reason\":\"On leave\"}").statusCode());
            assertFalse(Api.json(Api.get("/v1/partner/people/" + username, dina).body()).getBoolean("enabled"));
            HttpResponse<String> noReason = Api.call("DELETE", "/v1/partner/people/" + username, dina, null);
            assertEquals(400, noReason.statusCode(), noReason.body());
            assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
            assertEquals(204, Api.call("DELETE", "/v1/partner/people/" + username + "?reason=Left", dina, null).statusCode());
            assertFalse(KeycloakRest.userExists(username));
            for (String event : new String[] {"PARTNER_USER_INVITED", "PURCHASE_LIMIT_SET", "PARTNER_USER_DISABLED", "PARTNER_USER_REMOVED"}) {
                assertEquals(1, TestDatabase.single("SELECT COUNT(*) FROM grant_ledger WHERE actor = 'dina' AND event = '" + event
                        + "' AND subject = ?", username), event);
            }
        } finally {
            KeycloakRest.deleteUser(username);
        }
    }

    private static String withoutIds(String problem) {
        return problem.replaceAll("\"correlationId\":\"[^\"]*\"", "").replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
