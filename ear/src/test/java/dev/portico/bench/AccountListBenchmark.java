package dev.portico.bench;

import dev.portico.it.support.Api;
import dev.portico.it.support.Deployments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account list and one account through the REST API (token check, scoped query, JSON) at
 * {@code bench.accounts} accounts (default 100 000), each next to the same rows read with raw
 * JDBC — the floor no application layer can beat. Writes a Markdown table to
 * {@code target/benchmark-accounts.md}.
 */
@ExtendWith(ArquillianExtension.class)
class AccountListBenchmark {

    private static final int WARM_UP = 100;
    private static final int SAMPLES = 400;
    private static final String ROWS = "SELECT a.id, a.name, a.territory, a.owner_username, p.name, a.city, a.country, a.status, a.created_at "
            + "FROM customer_account a LEFT JOIN organisation p ON p.id = a.partner_organisation_id ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void accountListAndOneAccountAgainstRawSql() throws Exception {
        int target = Integer.getInteger("bench.accounts", 100_000);
        try (Connection db = DriverManager.getConnection(System.getProperty("portico.dbUrl") + "?allowMultiQueries=true", "portico", "portico")) {
            Seed.upTo(db, "accounts", "customer_account", target);
            long maxId = Seed.single(db, "SELECT MAX(id) FROM customer_account");
            List<Latencies.Result> results = new ArrayList<>();
            String bob = Api.token("bob");
            String alice = Api.token("alice");
            String dina = Api.token("dina");

            results.add(Latencies.measure("API list, 50 rows, ALL (bob)", WARM_UP, SAMPLES,
                    () -> Calls.ok(Api.get("/v1/accounts?limit=50&after=" + cursor(maxId), bob))));
            results.add(Latencies.measure("raw SQL, same rows", WARM_UP, SAMPLES,
                    () -> Calls.rows(db, ROWS + "WHERE a.id > ? ORDER BY a.id LIMIT 51", cursor(maxId))));
            results.add(Latencies.measure("API list, 50 rows, TERRITORY (alice)", WARM_UP, SAMPLES,
                    () -> Calls.ok(Api.get("/v1/accounts?limit=50&after=" + cursor(maxId), alice))));
            results.add(Latencies.measure("raw SQL, same rows", WARM_UP, SAMPLES,
                    () -> Calls.rows(db, ROWS + "WHERE a.territory = 'EAST' AND a.id > ? ORDER BY a.id LIMIT 51", cursor(maxId))));
            results.add(Latencies.measure("API list, 50 rows, ORGANISATION (dina)", WARM_UP, SAMPLES,
                    () -> Calls.ok(Api.get("/v1/accounts?limit=50&after=" + cursor(maxId), dina))));
            results.add(Latencies.measure("raw SQL, same rows", WARM_UP, SAMPLES,
                    () -> Calls.rows(db, ROWS + "WHERE p.alias IN ('northwind') AND a.id > ? ORDER BY a.id LIMIT 51", cursor(maxId))));
            results.add(Latencies.measure("API one account (bob)", WARM_UP, SAMPLES,
                    () -> Calls.ok(Api.get("/v1/accounts/" + (1 + cursor(maxId)), bob))));
            results.add(Latencies.measure("raw SQL, same row", WARM_UP, SAMPLES,
                    () -> Calls.rows(db, ROWS + "WHERE a.id = ?", 1 + cursor(maxId))));
            report(Seed.single(db, "SELECT COUNT(*) FROM customer_account"), results);
        }
    }

    private static long cursor(long maxId) {
        return ThreadLocalRandom.current().nextLong(0, Math.max(1, maxId - 200));
    }



    private static void report(long accounts, List<Latencies.Result> results) throws IOException {
        StringBuilder out = new StringBuilder("Accounts: " + accounts + " (2 cores; client, servers and database on one machine)\n\n"
                + "| scenario | samples | p50 ms | p95 ms | mean ms |\n|---|---|---|---|---|\n");
        results.forEach(r -> out.append(r.row()).append('\n'));
        System.out.println(out);
        Files.writeString(Path.of("target", "benchmark-accounts.md"), out);
    }
}
