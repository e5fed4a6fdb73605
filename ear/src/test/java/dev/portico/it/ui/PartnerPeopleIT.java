package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakRest;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import java.util.Set;
import java.util.UUID;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Our people" as dina (Northwind's partner administrator) works it, on the real Keycloak: she
 * invites a colleague as a buyer with a purchase limit, the colleague signs in with the one-time
 * password, chooses their own and orders; dina's yearly re-certification removes them again —
 * gone from Keycloak's own admin API — and every step is in the audit ledger under dina's name,
 * where audrey reads it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerPeopleIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String PEOPLE = BASE + "/external/partner/people.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void dinaInvitesABuyerWhoOrdersAndHerReCertificationRemovesThem() throws Exception {
        String username = "nora." + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
        long customer = RemoteFixtures.northwindCustomer("PartnerPeopleIT nora");
        String password;
        try (Browser dina = new Browser()) {
            HtmlPage people = dina.signIn(PEOPLE, "dina");
            assertTrue(body(people).contains("nick"), "dina sees her colleague nick");
            assertFalse(body(people).contains("dan@southwind"), "and nobody of Southwind");
            HtmlForm invite = (HtmlForm) people.getElementById("invite-form");
            invite.getInputByName("invite-form:email").setValue(username.toUpperCase());
            invite.getInputByName("invite-form:first").setValue("Nora");
            invite.getInputByName("invite-form:last").setValue("North");
            check(invite, "buyer");
            invite.getInputByName("invite-form:limit").setValue("500");
            invite.getInputByName("invite-form:reason").setValue("New purchaser for the Boston stores");
            Set<String> offered = offeredRoles(invite);
            assertEquals(Set.of("buyer", "distributor", "order-approver", "partner-admin"), offered,
                    "only Northwind's partner roles that dina holds herself; never a company role");
            HtmlPage invited = click(people, "invite-form:invite");
            assertEquals(username, text(invited, "invited-username"), body(invited));
            password = text(invited, "invited-password");
            assertEquals(16, password.length());
            assertTrue(body(invited).contains("500.00 EUR"), "the limit in the list: " + body(invited));
        }
        assertEquals(Set.of("northwind"), KeycloakRest.organisations(username), "a member of dina's organisation in Keycloak");
        assertTrue(KeycloakRest.realmRoles(username).contains("buyer"));

        try (Browser nora = new Browser()) {
            nora.signInFirstTime(BASE + "/external/", username, password, "Nora-chose-" + UUID.randomUUID());
            HtmlPage catalogue = (HtmlPage) nora.open(BASE + "/external/partner/catalogue.xhtml");
            HtmlForm form = (HtmlForm) catalogue.getElementById("catalogue-form");
            form.getInputByName("catalogue-form:search").setValue("PRD-0002");
            HtmlPage found = click(catalogue, "catalogue-form:find");
            ((HtmlForm) found.getElementById("catalogue-form")).getInputByName("catalogue-form:items:0:qty").setValue("2");
            HtmlPage carted = click(found, "catalogue-form:items:0:add");
            assertEquals("164.00 EUR", text(carted, "cart-total"));
            ((HtmlSelect) carted.getElementById("catalogue-form:customer")).setSelectedAttribute(Long.toString(customer), true);
            HtmlPage submitted = click(carted, "catalogue-form:submit");
            long orderId = Long.parseLong(text(submitted, "catalogue-form:submitted-order").replaceAll("\\D", ""));
            assertEquals("SIGNED", TestDatabase.text("SELECT status FROM quote WHERE id = ?", Long.toString(orderId)),
                    "within her 500 EUR limit the order goes straight to the ERP");
        }

        try (Browser dina = new Browser()) {
            HtmlPage people = dina.signIn(PEOPLE, "dina");
            HtmlForm review = (HtmlForm) people.getElementById("review-form");
            if (review.getInputsByName("review-form:reason").isEmpty()) {
                throw new AssertionError("a re-certification of Northwind is still open from an earlier run: " + body(people));
            }
            review.getInputByName("review-form:reason").setValue("Yearly re-certification");
            HtmlPage started = click(people, "review-form:start-recertification");
            assertTrue(text(started, "recertification-status").contains("OPEN"), body(started));
            HtmlForm decide = (HtmlForm) started.getElementById("review-form");
            ((HtmlSelect) started.getElementById("review-form:target")).setSelectedAttribute(username, true);
            decide.getInputByName("review-form:comment").setValue("Left the Boston team");
            HtmlPage removed = click(started, "review-form:remove-in-review");
            assertTrue(body(removed).contains("User removed."), body(removed));
            assertFalse(body(removed).contains(username + "</span>"), "no longer in the list");
            // Keep everyone else, so that the campaign completes and the next run starts afresh.
            HtmlPage page = removed;
            while (page.getElementById("review-form:keep") != null) {
                HtmlSelect target = (HtmlSelect) page.getElementById("review-form:target");
                target.setSelectedIndex(1);
                page = click(page, "review-form:keep");
            }
            assertTrue(text(page, "recertification-status").contains("COMPLETED"), body(page));
        }
        assertFalse(KeycloakRest.userExists(username), "gone from Keycloak's own admin API");

        for (String event : new String[] {"PARTNER_USER_INVITED", "ROLE_GRANTED", "PURCHASE_LIMIT_SET", "ROLE_REVOKED", "PARTNER_USER_REMOVED"}) {
            assertEquals(1, TestDatabase.single("SELECT COUNT(*) FROM grant_ledger WHERE subject = ? AND actor = 'dina' AND event = '"
                    + event + "'", username), event + " for " + username + " in the ledger under dina's name");
        }
        try (Browser audrey = new Browser()) {
            HtmlPage ledger = audrey.signIn(BASE + "/internal/audit/ledger.xhtml", "audrey");
            ((HtmlForm) ledger.getElementById("ledger-form")).getInputByName("ledger-form:subject").setValue(username);
            HtmlPage filtered = click(ledger, "ledger-form:apply");
            for (String event : new String[] {"PARTNER_USER_INVITED", "PURCHASE_LIMIT_SET", "PARTNER_USER_REMOVED"}) {
                assertTrue(body(filtered).contains(event), "audrey's ledger page shows " + event + ": " + filtered.asNormalizedText());
            }
        }
    }

    private static void check(HtmlForm form, String role) {
        form.getInputsByName("invite-form:roles").stream()
                .filter(input -> role.equals(input.getValueAttribute()))
                .findFirst()
                .map(HtmlCheckBoxInput.class::cast)
                .orElseThrow(() -> new AssertionError("no role " + role + " offered"))
                .setChecked(true);
    }

    private static Set<String> offeredRoles(HtmlForm form) {
        return form.getInputsByName("invite-form:roles").stream().map(i -> i.getValueAttribute()).collect(java.util.stream.Collectors.toSet());
    }
}
