package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.crm.service.Account360;
import dev.portico.crm.service.AccountOverviews;
import dev.portico.crm.service.TimelineEntry;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsFinance;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.platform.persistence.StatementCount;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account's 360° read model: every section from the database, each under its own
 * permission, in a number of SQL statements that does not grow with what the account holds.
 */
@ExtendWith(ArquillianExtension.class)
class Account360IT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(Account360IT.class, RunAsSalesRep.class, RunAsFinance.class);
    }

    @EJB
    private AccountOverviews accounts360;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsFinance dave;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void theDemoAccountShowsEverySection() throws Exception {
        long id = single("SELECT id FROM customer_account WHERE name = 'Blue Harbor Foods'");
        Account360 view = alice.call(() -> accounts360.find(id)).orElseThrow();

        assertEquals("Blue Harbor Foods", view.account().name());
        assertEquals(2, view.contacts().size());
        assertEquals(3, view.interactions().size());
        assertTrue(view.interactions().get(0).occurredAt().isAfter(view.interactions().get(2).occurredAt()), "newest first");
        assertTrue(view.ordersVisible() && view.ticketsVisible());
        assertTrue(view.quotes().stream().anyMatch(q -> q.signedBy() != null));
        assertEquals(4, view.timeline().stream().filter(t -> t.erpOrderId() == 1001).count());
        assertEquals(0, new java.math.BigDecimal("2150.00").compareTo(view.balance().balance()));
        assertTrue(view.tickets().size() >= 2);
    }

    @Test
    void aSectionOutsideOnesPermissionsIsHiddenNotFailed() throws Exception {
        long id = single("SELECT id FROM customer_account WHERE name = 'Blue Harbor Foods'");
        Account360 view = dave.call(() -> accounts360.find(id)).orElseThrow();

        assertTrue(view.ordersVisible(), "finance reads orders");
        assertFalse(view.ticketsVisible(), "but holds no service permission");
        assertTrue(view.tickets().isEmpty());
    }

    @Test
    void anAccountOutsideTheScopeIsEmpty() throws Exception {
        long west = single("SELECT id FROM customer_account WHERE name = 'Ironwood Hardware'");
        assertTrue(alice.call(() -> accounts360.find(west)).isEmpty());
    }

    @Test
    void statementsDoNotGrowWithTheAccountsHistory() throws Exception {
        long small = plantAccount(1);
        long large = plantAccount(12);
        alice.call(() -> accounts360.find(small));

        long forSmall = statements(small);
        long forLarge = statements(large);

        assertEquals(forSmall, forLarge, "no statement per row");
        assertTrue(forSmall >= 7 && forSmall <= 12, "one statement per section plus the checks, found " + forSmall);
        assertEquals(12, alice.call(() -> accounts360.find(large)).orElseThrow().quotes().size());
    }

    @Test
    void theTimelineShowsTheLatestStepsInTheErpsOrder() throws Exception {
        long account = plantAccount(1);
        long quote = single("SELECT id FROM quote WHERE account_id = " + account);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (int i = 1; i <= 60; i++) {
                s.executeUpdate("INSERT INTO order_timeline (message_id, quote_id, erp_order_id, crm_account_id, event_type, detail, "
                        + "occurred_at) VALUES ('" + UUID.randomUUID() + "', " + quote + ", 1, " + account + ", 'SHIPPED', 'step " + i
                        + "', TIMESTAMP '2030-01-01 00:00:00' + INTERVAL " + i + " MINUTE)");
            }
        }
        List<TimelineEntry> timeline = alice.call(() -> accounts360.find(account)).orElseThrow().timeline();
        assertEquals(AccountOverviews.SECTION_LIMIT, timeline.size());
        assertEquals("step 60", timeline.get(timeline.size() - 1).detail(), "the newest step is shown, last");
        assertEquals("step 11", timeline.get(0).detail(), "the oldest ones drop out, not the newest");
    }

    /** Local EJB calls run on this thread, so the thread's count is exactly the call's. */
    private long statements(long accountId) throws Exception {
        long before = StatementCount.current();
        Account360 view = alice.call(() -> accounts360.find(accountId)).orElseThrow();
        long used = StatementCount.current() - before;
        assertFalse(view.contacts().isEmpty());
        return used;
    }

    /** An East account of alice's with {@code n} of everything: contacts, interactions, quotes with lines, tickets, events. */
    private long plantAccount(int n) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long account;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status, city) "
                    + "VALUES (?, 'EAST', 'alice', 'ACTIVE', 'Springfield')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "360 Test " + UUID.randomUUID());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    account = keys.getLong(1);
                }
            }
            for (int i = 0; i < n; i++) {
                s.executeUpdate("INSERT INTO contact (account_id, name) VALUES (" + account + ", 'Contact " + i + "')");
                s.executeUpdate("INSERT INTO interaction (account_id, kind, occurred_at, by_username, summary) VALUES ("
                        + account + ", 'CALL', NOW(6), 'alice', 'Call " + i + "')");
                s.executeUpdate("INSERT INTO quote (account_id, owner_username, status, currency, total) VALUES ("
                        + account + ", 'alice', 'DRAFT', 'USD', 10.00)", Statement.RETURN_GENERATED_KEYS);
                long quote;
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    quote = keys.getLong(1);
                }
                s.executeUpdate("INSERT INTO quote_line (quote_id, line_no, sku, quantity, unit_price) VALUES (" + quote
                        + ", 1, 'PRD-0001', 1, 10.00)");
                s.executeUpdate("INSERT INTO order_timeline (message_id, quote_id, erp_order_id, crm_account_id, event_type, occurred_at) "
                        + "VALUES ('" + UUID.randomUUID() + "', " + quote + ", 1, " + account + ", 'SHIPPED', NOW(6))");
                s.executeUpdate("INSERT INTO service_ticket (account_id, quote_id, subject, priority, status, opened_by, created_at, sla_due_at) "
                        + "VALUES (" + account + ", " + quote + ", 'Ticket " + i + "', 'LOW', 'OPEN', 'bob', NOW(6), NOW(6) + INTERVAL 72 HOUR)");
            }
            return account;
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
