package dev.portico.bench;

import dev.portico.it.support.Api;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order list (25 rows, scoped) through the REST API at {@code bench.orders} orders (default
 * 1 000 000) over {@code bench.accounts} accounts, each scope next to the raw keyset SQL for the
 * same rows, plus the SQL statements the server runs per request (MariaDB's own counters).
 * Design target: p95 ≤ 2 × raw p95 + 15 ms; ≤ 3 statements a request; deep pages as fast as page 1.
 */
@ExtendWith(ArquillianExtension.class)
class OrderListBenchmark {

    private static final int WARM_UP = 100;
    private static final int SAMPLES = 400;
    private static final String ROWS = "SELECT o.id, o.quote_id, o.crm_account_id, o.status, o.total, o.amount_paid, o.currency, "
            + "o.received_at, o.hold_reason, o.approved_by FROM sales_order o ";
    /** The ERP's own copy of the account's scope, as the service probes it (issue 9: no CRM table). */
    private static final String IN_ACCOUNT = "EXISTS (SELECT 1 FROM erp_customer c WHERE c.id = o.erp_customer_id AND ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void orderListPerScopeAgainstRawKeysetSql() throws Exception {
        long accounts = Long.getLong("bench.accounts", 100_000);
        long orders = Long.getLong("bench.orders", 1_000_000);
        try (Connection db = DriverManager.getConnection(System.getProperty("portico.dbUrl") + "?allowMultiQueries=true", "portico", "portico")) {
            Seed.upTo(db, "accounts", "customer_account", accounts);
            Seed.upTo(db, "orders", "sales_order", orders);
            // The baseline gets the session settings the application's datasource has (portico.cli).
            try (var session = db.createStatement()) {
                session.execute("SET SESSION optimizer_switch='semijoin=off,materialization=off'");
            }
            long maxId = Seed.single(db, "SELECT MAX(id) FROM sales_order");
            List<String> lines = new ArrayList<>();
            String[][] scopes = {
                    {"bob", "ALL", ""},
                    {"alice", "TERRITORY", IN_ACCOUNT + "c.territory = 'EAST') AND "},
                    {"frank", "TEAM", IN_ACCOUNT + "c.owner_username IN ('frank', 'alice', 'bob')) AND "},
                    {"dina", "ORGANISATION", IN_ACCOUNT + "c.partner_alias IN ('northwind')) AND "}};
            for (String[] scope : scopes) {
                // A token per measurement: access tokens live five minutes.
                String token = Api.token(scope[0]);
                Latencies.Result api = Latencies.measure("API", WARM_UP, SAMPLES,
                        () -> Calls.ok(Api.get("/v1/orders?limit=25&after=" + cursor(maxId), token)));
                String deepToken = Api.token(scope[0]);
                Latencies.Result deep = Latencies.measure("API deep", WARM_UP / 4, SAMPLES / 4,
                        () -> Calls.ok(Api.get("/v1/orders?limit=25&after=" + (maxId - 200_000 - ThreadLocalRandom.current().nextLong(100_000)), deepToken)));
                Latencies.Result raw = Latencies.measure("raw", WARM_UP, SAMPLES,
                        () -> Calls.rows(db, ROWS + "WHERE " + scope[2] + "o.id > ? ORDER BY o.id LIMIT 26", cursor(maxId)));
                double[] statements = statementsPerRequest(db, Api.token(scope[0]), maxId);
                lines.add(String.format(Locale.ROOT, "| %s (%s) | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f |",
                        scope[1], scope[0], api.p50(), api.p95(), deep.p95(), raw.p50(), raw.p95(),
                        2 * raw.p95() + 15, statements[0], statements[1]));
            }
            String out = String.format(Locale.ROOT, "Orders: %d over %d accounts (2 cores; client, servers and database on one machine)%n%n",
                    Seed.count(db, "sales_order"), Seed.count(db, "customer_account"))
                    + "| scope | API p50 ms | API p95 ms | deep pages p95 ms | raw SQL p50 ms | raw SQL p95 ms | target p95 ms | SELECTs / request | all statements / request |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n" + String.join("\n", lines) + "\n";
            System.out.println(out);
            Files.writeString(Path.of("target", "benchmark-orders.md"), out);
        }
    }

    /**
     * MariaDB's own counters around 50 requests: SELECTs, and every statement (with the XA
     * START/END/COMMIT of the container's transactions), less the counter queries themselves.
     */
    private static double[] statementsPerRequest(Connection db, String token, long maxId) throws Exception {
        int requests = 50;
        long selects = status(db, "Com_select");
        long questions = status(db, "Questions");
        for (int i = 0; i < requests; i++) {
            Calls.ok(Api.get("/v1/orders?limit=25&after=" + cursor(maxId), token));
        }
        long selectsAfter = status(db, "Com_select");
        long questionsAfter = status(db, "Questions");
        return new double[] {(selectsAfter - selects) / (double) requests, (questionsAfter - questions - 2) / (double) requests};
    }

    private static long status(Connection db, String counter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SHOW GLOBAL STATUS LIKE '" + counter + "'");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static long cursor(long maxId) {
        return ThreadLocalRandom.current().nextLong(0, Math.max(1, maxId - 5_000));
    }


}
