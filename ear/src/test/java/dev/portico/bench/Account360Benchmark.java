package dev.portico.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.htmlunit.WebResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account's 360° page ({@code /internal/customers/account.xhtml}, what users open: signed-in
 * session, shell, the 360° service's scoped section queries, Faces rendering) at
 * {@code bench.accounts} accounts and {@code bench.orders} orders with their CRM history
 * ({@code config/seed/crm.sql}: a quote and timeline per order, contacts, interactions,
 * tickets), next to the raw SQL for the same rows (the seven section queries over JDBC), and the
 * SQL statements the server runs per page (MariaDB's own counters). Writes
 * {@code target/benchmark-360.md}.
 */
@ExtendWith(ArquillianExtension.class)
class Account360Benchmark {

    private static final int WARM_UP = 50;
    private static final int SAMPLES = 300;
    private static final String ACCOUNT = "FROM customer_account a LEFT JOIN organisation p ON p.id = a.partner_organisation_id ";
    /** The sections as the service reads them (same columns, order and limits), one account id each. */
    private static final String[] SECTIONS = {
            "SELECT a.id, a.name, a.territory, a.owner_username, p.name, a.city, a.country, a.status, a.created_at " + ACCOUNT + "WHERE a.id = ?",
            "SELECT c.name, c.role, c.email, c.phone FROM contact c WHERE c.account_id = ? ORDER BY c.name, c.id LIMIT 50",
            "SELECT i.kind, i.occurred_at, i.by_username, i.summary FROM interaction i WHERE i.account_id = ? "
                    + "ORDER BY i.occurred_at DESC, i.id DESC LIMIT 50",
            "SELECT q.id, a.id, a.name, q.owner_username, q.status, q.currency, q.total, q.created_at, q.signed_at, q.signed_by "
                    + "FROM quote q JOIN customer_account a ON a.id = q.account_id LEFT JOIN organisation p ON p.id = a.partner_organisation_id "
                    + "WHERE a.id = ? ORDER BY q.created_at DESC, q.id DESC LIMIT 50",
            "SELECT t.quote_id, t.erp_order_id, t.event_type, t.amount, t.balance, t.detail, t.occurred_at FROM order_timeline t "
                    + "WHERE t.crm_account_id = ? ORDER BY t.occurred_at DESC, t.id DESC LIMIT 50",
            "SELECT b.balance, b.as_of FROM account_balance b WHERE b.crm_account_id = ?",
            "SELECT t.id, a.id, a.name, t.subject, t.priority, t.status, t.assignee, t.opened_by, t.created_at, t.sla_due_at, "
                    + "t.resolved_at, q.id, t.erp_order_id FROM service_ticket t JOIN customer_account a ON a.id = t.account_id "
                    + "LEFT JOIN quote q ON q.id = t.quote_id WHERE a.id = ? ORDER BY t.created_at DESC, t.id DESC LIMIT 50"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void account360PageAgainstRawSql() throws Exception {
        long accounts = Long.getLong("bench.accounts", 100_000);
        long orders = Long.getLong("bench.orders", 1_000_000);
        try (Connection db = DriverManager.getConnection(System.getProperty("portico.dbUrl") + "?allowMultiQueries=true", "portico", "portico")) {
            Seed.upTo(db, "accounts", "customer_account", accounts);
            Seed.upTo(db, "orders", "sales_order", orders);
            Seed.upTo(db, "crm", "quote", orders);
            try (var session = db.createStatement()) {
                session.execute("SET SESSION optimizer_switch='semijoin=off,materialization=off'");
            }
            List<String> lines = new ArrayList<>();
            // bob: ALL, every section; alice: TERRITORY (East), every section but under her scope.
            for (String[] persona : new String[][] {{"bob", "ALL", ""}, {"alice", "TERRITORY", " AND territory = 'EAST'"}}) {
                long[] ids = sample(db, persona[2]);
                try (Browser browser = new Browser()) {
                    browser.signIn(System.getProperty("portico.baseUrl") + "/internal/", persona[0]);
                    Latencies.Result page = Latencies.measure("page", WARM_UP, SAMPLES, () -> page(browser, pick(ids)));
                    // The floor of any portal page for this session: shell, menu, Faces, no 360° queries.
                    Latencies.Result home = Latencies.measure("home", WARM_UP, SAMPLES,
                            () -> Calls.ok200(browser.load(System.getProperty("portico.baseUrl") + "/internal/index.xhtml")));
                    Latencies.Result raw = Latencies.measure("raw", WARM_UP, SAMPLES, () -> raw360(db, pick(ids)));
                    double[] statements = statementsPerPage(db, browser, ids);
                    lines.add(String.format(Locale.ROOT, "| %s (%s) | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f |", persona[1],
                            persona[0], page.p50(), page.p95(), home.p50(), home.p95(), raw.p50(), raw.p95(), statements[0], statements[1]));
                }
            }
            String out = String.format(Locale.ROOT, "Account 360° at %d accounts, %d orders, %d quotes, %d timeline entries "
                            + "(2 cores; client, servers and database on one machine)%n%n",
                    Seed.count(db, "customer_account"), Seed.count(db, "sales_order"), Seed.count(db, "quote"), Seed.count(db, "order_timeline"))
                    + "| scope | 360° page p50 ms | 360° page p95 ms | home page p50 ms | home page p95 ms | raw SQL p50 ms | raw SQL p95 ms "
                    + "| SELECTs / page | all statements / page |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n" + String.join("\n", lines) + "\n\n"
                    + "Plans of the raw section queries (table: index, rows examined):\n\n" + plans(db) + "\n";
            System.out.println(out);
            Files.writeString(Path.of("target", "benchmark-360.md"), out);
        }
    }

    /** MariaDB's plan for each section, for one seeded account: which index, how many rows. */
    private static String plans(Connection db) throws SQLException {
        long id = sample(db, "")[0];
        StringBuilder out = new StringBuilder();
        for (String section : SECTIONS) {
            try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + section)) {
                explain.setLong(1, id);
                List<String> steps = new ArrayList<>();
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString("table") + ": " + rs.getString("key") + " (" + rs.getString("rows") + ")"
                                + (rs.getString("Extra") == null || !rs.getString("Extra").contains("filesort") ? "" : " filesort"));
                    }
                }
                out.append("- `").append(section, 0, Math.min(60, section.length())).append("…` → ").append(String.join(", ", steps)).append('\n');
            }
        }
        return out.toString();
    }

    /** 2 000 seeded accounts that have orders, in the persona's scope. */
    private static long[] sample(Connection db, String scope) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT id FROM customer_account WHERE name LIKE '% #%'" + scope
                + " AND id % 49 = ? LIMIT 2000")) {
            // 49 is prime to the generator's four territories: every residue holds accounts of each.
            statement.setLong(1, ThreadLocalRandom.current().nextLong(49));
            try (ResultSet rs = statement.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }

    private static long pick(long[] ids) {
        return ids[ThreadLocalRandom.current().nextInt(ids.length)];
    }

    private static Object page(Browser browser, long accountId) {
        WebResponse response = browser.load(System.getProperty("portico.baseUrl") + "/internal/customers/account.xhtml?id=" + accountId);
        assertEquals(200, response.getStatusCode(), "account " + accountId);
        return response.getContentLength();
    }

    /** The seven section queries for one account, every row read, as the page needs them. */
    private static int raw360(Connection db, long accountId) throws SQLException {
        int rows = 0;
        for (String section : SECTIONS) {
            rows += Calls.rows(db, section, accountId);
        }
        return rows;
    }

    /** MariaDB's counters around 50 page loads: SELECTs, and every statement (XA and connection checks included). */
    private static double[] statementsPerPage(Connection db, Browser browser, long[] ids) throws Exception {
        int pages = 50;
        long selects = status(db, "Com_select");
        long questions = status(db, "Questions");
        for (int i = 0; i < pages; i++) {
            page(browser, pick(ids));
        }
        return new double[] {(status(db, "Com_select") - selects - 1) / (double) pages, (status(db, "Questions") - questions - 2) / (double) pages};
    }

    private static long status(Connection db, String counter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SHOW GLOBAL STATUS LIKE '" + counter + "'");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
