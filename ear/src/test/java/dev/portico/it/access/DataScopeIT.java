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
 * Object-level isolation over HTTP, through the real login: a partner sees its own accounts
 * only, another organisation's account answers exactly like one that does not exist, and the
 * attempt is logged for the auditors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataScopeIT {

    private static final String BASE = System.getProperty("portico.baseUrl");
    private static final String EXTERNAL_LIST = BASE + "/external/customers/list.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithFixtures();
    }

    @Test
    void distributorListsOnlyTheAccountsItServes() {
        try (Browser dina = new Browser(); Browser dan = new Browser()) {
            String northwind = body(dina.signIn(EXTERNAL_LIST, "dina"));
            String southwind = body(dan.signIn(EXTERNAL_LIST, "dan"));

            assertTrue(northwind.contains("Blue Harbor Foods") && !northwind.contains("Ironwood Hardware"));
            assertTrue(southwind.contains("Ironwood Hardware") && !southwind.contains("Blue Harbor Foods"));
        }
    }

    @Test
    void anotherOrganisationsAccountAnswersLikeOneThatDoesNotExist() throws SQLException {
        long southwindAccount = RemoteFixtures.southwindCustomer("DataScopeIT Southwind");
        long northwindAccount = RemoteFixtures.northwindCustomer("DataScopeIT Northwind");
        long refusalsBefore = refusals("dina", southwindAccount);
        try (Browser dina = new Browser()) {
            dina.signIn(BASE + "/external/", "dina");

            Page own = dina.open(detail("external", northwindAccount));
            Page foreign = dina.open(detail("external", southwindAccount));
            Page missing = dina.open(detail("external", Long.MAX_VALUE));

            assertEquals(200, status(own));
            assertTrue(body(own).contains("DataScopeIT Northwind"));
            assertEquals(404, status(foreign));
            assertEquals(status(missing), status(foreign));
            assertEquals(Browser.withoutReference(body(missing)), Browser.withoutReference(body(foreign)), "the same page, word for word");
            assertFalse(body(foreign).contains("DataScopeIT Southwind"));
        }
        assertEquals(refusalsBefore + 1, refusals("dina", southwindAccount), "the attempt is in the access log");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1 OR 1=1", "", "99999999999999999999999"})
    void tamperedIdsGetTheNotFoundPage(String id) {
        try (Browser dan = new Browser()) {
            dan.signIn(BASE + "/external/", "dan");
            Page page = dan.open(BASE + "/external/customers/account.xhtml?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            assertEquals(404, status(page));
            assertTrue(body(page).contains("Page not found"));
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

    private static String detail(String portal, long id) {
        return BASE + "/" + portal + "/customers/account.xhtml?id=" + id;
    }


    private static long refusals(String user, long accountId) throws SQLException {
        return TestDatabase.single("SELECT COUNT(*) FROM access_log WHERE username = ? AND record_id = '" + accountId + "' AND outcome = 'REFUSED'", user);
    }
}
