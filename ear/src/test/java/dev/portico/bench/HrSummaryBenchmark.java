package dev.portico.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.hr.service.internal.SummaryStatements;
import dev.portico.hr.service.internal.SummaryStatements.Statement;
import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.htmlunit.WebResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * carol's HR summary page at {@code bench.hr} employees (default 10 000, with 50 absences each)
 * next to its raw SQL: the same statements the page runs (team figures, away lists, open
 * positions, leaver findings, twelve month-end headcounts, joiners and leavers, absence rates, plan) read with
 * plain JDBC, and the portal's home page as the floor of any page in this session. Goal: the
 * page under 2 × raw SQL + 15 ms. Writes {@code target/benchmark-hr.md}.
 */
@ExtendWith(ArquillianExtension.class)
class HrSummaryBenchmark {

    private static final int WARM_UP = 30;
    private static final int SAMPLES = 200;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void summaryPageAgainstRawSql() throws Exception {
        int target = Integer.getInteger("bench.hr", 10_000);
        try (Connection db = DriverManager.getConnection(System.getProperty("portico.dbUrl") + "?allowMultiQueries=true", "portico", "portico")) {
            Seed.upTo(db, "hr", "hr_employee", target);
            String base = System.getProperty("portico.baseUrl") + "/internal";
            try (Browser carol = new Browser()) {
                carol.signIn(base + "/", "carol");
                Latencies.Result page = Latencies.measure("page", WARM_UP, SAMPLES, () -> {
                    WebResponse response = carol.load(base + "/hr/summary.xhtml");
                    assertEquals(200, response.getStatusCode());
                    return response.getContentLength();
                });
                Latencies.Result home = Latencies.measure("home", WARM_UP, SAMPLES, () -> Calls.ok200(carol.load(base + "/index.xhtml")));
                Latencies.Result raw = Latencies.measure("raw", WARM_UP, SAMPLES, () -> raw(db, LocalDate.now(ZoneOffset.UTC)));
                String out = String.format(Locale.ROOT, "HR summary page (carol, ALL) at %d employees and %d absences "
                                + "(2 cores; client, servers and database on one machine)%n%n"
                                + "| | p50 ms | p95 ms |%n|---|---|---|%n| summary page | %.2f | %.2f |%n| raw SQL, same statements | %.2f | %.2f |%n"
                                + "| home page (floor of any page) | %.2f | %.2f |%n| goal: 2 × raw + 15 ms | %.2f | %.2f |%n",
                        Seed.count(db, "hr_employee"), Seed.count(db, "hr_absence"), page.p50(), page.p95(), raw.p50(), raw.p95(),
                        home.p50(), home.p95(), 2 * raw.p50() + 15, 2 * raw.p95() + 15);
                System.out.println(out);
                Files.writeString(Path.of("target", "benchmark-hr.md"), out);
            }
        }
    }

    /** The page's statements for HR (no scope condition), the same {@link SummaryStatements} the page runs, every row read. */
    private static int raw(Connection db, LocalDate today) throws SQLException {
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        List<Statement> page = List.of(SummaryStatements.headcountNow(null),
                SummaryStatements.absenceDays(null, monthStart, monthStart.plusMonths(1).minusDays(1)),
                SummaryStatements.absenceDays(null, quarterStart, quarterStart.plusMonths(3).minusDays(1)),
                SummaryStatements.away(null, today, today), SummaryStatements.away(null, weekStart, weekStart.plusDays(6)),
                SummaryStatements.openPositions(null), SummaryStatements.leaverFindings(null),
                SummaryStatements.headcount(null, today), SummaryStatements.flows(null, today),
                SummaryStatements.absenceByDepartment(null, today), SummaryStatements.absenceByType(null, today),
                SummaryStatements.plan(null));
        int rows = 0;
        for (Statement statement : page) {
            rows += rows(db, statement.sql(), statement.parameters().toArray());
        }
        return rows;
    }

    private static int rows(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
