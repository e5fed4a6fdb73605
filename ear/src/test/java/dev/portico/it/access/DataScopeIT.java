package dev.portico.it.access;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RemoteFixtures;
import dev.portico.it.support.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.htmlunit.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Object-level isolation over HTTP, through the real login: a partner sees the orders of its own
 * customers only (in the partner portal, which carries no internal page), another
 * organisation's order answers exactly like one that does not exist, and the attempt is logged
 * for the auditors; staff see their territory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataScopeIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String EXTERNAL_ORDERS = BASE + "/external/partner/orders.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void distributorListsOnlyTheOrdersOfTheAccountsItServes() {
        RemoteFixtures.signedQuote(RemoteFixtures.northwindCustomer("DataScopeIT list Northwind"));
        RemoteFixtures.signedQuote(RemoteFixtures.southwindCustomer("DataScopeIT list Southwind"));
        try (Browser dina = new Browser(); Browser dan = new Browser()) {
            String northwind = body(dina.signIn(EXTERNAL_ORDERS, "dina"));
            String southwind = body(dan.signIn(EXTERNAL_ORDERS, "dan"));

            assertTrue(northwind.contains("DataScopeIT list Northwind") && !northwind.contains("DataScopeIT list Southwind"), northwind);
            assertTrue(southwind.contains("DataScopeIT list Southwind") && !southwind.contains("DataScopeIT list Northwind"));
        }
    }

    @Test
    void anotherOrganisationsOrderAnswersLikeOneThatDoesNotExist() throws SQLException {
        long southwindOrder = RemoteFixtures.signedQuote(RemoteFixtures.southwindCustomer("DataScopeIT Southwind"));
        long northwindOrder = RemoteFixtures.signedQuote(RemoteFixtures.northwindCustomer("DataScopeIT Northwind"));
        long refusalsBefore = refusals("dina", southwindOrder);
        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");

            Page own = dina.open(order(northwindOrder));
            Page foreign = dina.open(order(southwindOrder));
            Page missing = dina.open(order(Long.MAX_VALUE));

            assertEquals(200, status(own));
            assertTrue(body(own).contains("DataScopeIT Northwind"));
            assertEquals(404, status(foreign));
            assertEquals(status(missing), status(foreign));
            assertEquals(Browser.withoutReference(body(missing)), Browser.withoutReference(body(foreign)), "the same page, word for word");
            assertFalse(body(foreign).contains("DataScopeIT Southwind"));
        }
        assertEquals(refusalsBefore + 1, refusals("dina", southwindOrder), "the attempt is in the access log");
    }

    @Test
    void aDraftOfTheirOwnCustomerStaysInternal() {
        long draft = RemoteFixtures.draftQuote(RemoteFixtures.northwindCustomer("DataScopeIT draft"));
        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");
            assertEquals(404, status(dina.open(order(draft))), "a quote staff are still writing is no partner order");
        }
    }

    @Test
    void theInternalPagesAreNotPartOfTheExternalPortal() {
        long own = RemoteFixtures.northwindCustomer("DataScopeIT internal page");
        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");
            assertEquals(404, status(dina.open(detail("external", own))), "no customers module in the partner portal");
            assertEquals(404, status(dina.open(BASE + "/external/orders/list.xhtml")), "nor the internal quotes table");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1 OR 1=1", "", "99999999999999999999999"})
    void tamperedIdsGetTheNotFoundPage(String id) {
        try (Browser dan = new Browser()) {
            dan.signIn(BASE + "/external/", "dan");
            for (String page : List.of("order", "ticket", "invoice-pdf")) {
                Page answer = dan.open(BASE + "/external/partner/" + page + ".xhtml?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                assertEquals(404, status(answer), page);
                assertTrue(body(answer).contains("Page not found"), page);
            }
        }
    }

    @Test
    void salesRepReachesHerTerritoryOnly() {
        long east = RemoteFixtures.eastCustomer("DataScopeIT East");
        long west = RemoteFixtures.southwindCustomer("DataScopeIT West");
        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/internal/", "alice");
            assertEquals(200, status(alice.open(detail("internal", east))));
            assertEquals(404, status(alice.open(detail("internal", west))));
        }
    }

    private static String order(long id) {
        return BASE + "/external/partner/order.xhtml?id=" + id;
    }

    private static String detail(String portal, long id) {
        return BASE + "/" + portal + "/customers/account.xhtml?id=" + id;
    }


    private static long refusals(String user, long recordId) throws SQLException {
        return TestDatabase.single("SELECT COUNT(*) FROM access_log WHERE username = ? AND record_id = '" + recordId + "' AND outcome = 'REFUSED'", user);
    }
}
