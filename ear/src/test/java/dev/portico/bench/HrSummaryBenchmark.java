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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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

    /** The page's statements for HR (no scope condition), every row read. */
    private static int raw(Connection db, LocalDate today) throws SQLException {
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        int rows = 0;
        rows += rows(db, "SELECT COUNT(*) FROM hr_employee e WHERE e.status = 'ACTIVE'");
        String days = "SELECT COALESCE(SUM(DATEDIFF(LEAST(a.last_day, ?), GREATEST(a.first_day, ?)) + 1), 0) FROM hr_absence a "
                + "WHERE a.last_day >= ? AND a.first_day <= ?";
        rows += rows(db, days, monthStart.plusMonths(1).minusDays(1), monthStart, monthStart, monthStart.plusMonths(1).minusDays(1));
        rows += rows(db, days, quarterStart.plusMonths(3).minusDays(1), quarterStart, quarterStart, quarterStart.plusMonths(3).minusDays(1));
        String away = "SELECT STRAIGHT_JOIN a.username, CONCAT(e.first_name, ' ', e.last_name), a.absence_type, a.first_day, a.last_day FROM hr_absence a "
                + "JOIN hr_employee e ON e.username = a.username WHERE a.last_day >= ? AND a.first_day <= ? AND e.status = 'ACTIVE' "
                + "ORDER BY a.first_day, a.username LIMIT 200";
        rows += rows(db, away, today, today);
        rows += rows(db, away, weekStart, weekStart.plusDays(6));
        rows += rows(db, "SELECT p.id, d.name, p.title, p.hiring_manager_username, p.opened_on FROM hr_position p "
                + "JOIN hr_department d ON d.id = p.department_id WHERE p.status = 'OPEN' ORDER BY p.opened_on, p.id LIMIT 200");
        rows += rows(db, "SELECT e.username, CONCAT(e.first_name, ' ', e.last_name), e.end_date, (SELECT COUNT(*) FROM customer_account a "
                + "WHERE a.owner_username = e.username) AS owned FROM hr_employee e WHERE e.status = 'LEFT' HAVING owned > 0 "
                + "ORDER BY e.end_date DESC, e.username LIMIT 200");
        List<Object> ends = new ArrayList<>();
        List<Object> starts = new ArrayList<>();
        List<String> endSelects = new ArrayList<>();
        LocalDate first = monthStart.minusMonths(11);
        for (int i = 0; i < 12; i++) {
            ends.add(first.plusMonths(i).with(TemporalAdjusters.lastDayOfMonth()));
            starts.add(first.plusMonths(i));
            endSelects.add(i == 0 ? "SELECT CAST(? AS DATE) AS point_date" : "SELECT CAST(? AS DATE)");
        }
        String months = String.join(" UNION ALL ", endSelects);
        rows += rows(db, "SELECT m.point_date, d.code, d.name, COUNT(a.id) FROM (" + months + ") m JOIN hr_assignment a "
                + "ON a.valid_from <= m.point_date AND (a.valid_to IS NULL OR a.valid_to > m.point_date) "
                + "JOIN hr_department d ON d.id = a.department_id GROUP BY m.point_date, d.code, d.name ORDER BY m.point_date, d.name",
                ends.toArray());
        String next = "DATE_ADD(m.point_date, INTERVAL 1 MONTH)";
        rows += rows(db, "SELECT m.point_date, SUM(e.start_date >= m.point_date AND e.start_date < " + next + "), "
                + "SUM(e.end_date IS NOT NULL AND e.end_date >= m.point_date AND e.end_date < " + next + ") FROM (" + months + ") m "
                + "LEFT JOIN hr_employee e ON ((e.start_date >= m.point_date AND e.start_date < " + next + ") OR (e.end_date >= m.point_date "
                + "AND e.end_date < " + next + ")) GROUP BY m.point_date ORDER BY m.point_date", starts.toArray());
        LocalDate lastMonth = monthStart.minusMonths(1);
        LocalDate thisEnd = monthStart.plusMonths(1).minusDays(1);
        String clipped = "GREATEST(0, DATEDIFF(LEAST(a.last_day, ?), GREATEST(a.first_day, ?)) + 1)";
        rows += rows(db, "SELECT d.name, COALESCE(x.this_days, 0), COALESCE(x.last_days, 0), COUNT(e.username) FROM hr_department d "
                + "JOIN hr_employee e ON e.department_id = d.id AND e.status = 'ACTIVE' LEFT JOIN (SELECT STRAIGHT_JOIN e2.department_id, "
                + "SUM(" + clipped + ") AS this_days, SUM(" + clipped + ") AS last_days FROM hr_absence a JOIN hr_employee e2 "
                + "ON e2.username = a.username AND e2.status = 'ACTIVE' WHERE a.last_day >= ? AND a.first_day <= ? GROUP BY e2.department_id) x "
                + "ON x.department_id = d.id GROUP BY d.id, d.name, x.this_days, x.last_days ORDER BY d.name",
                thisEnd, monthStart, monthStart.minusDays(1), lastMonth, lastMonth, thisEnd);
        rows += rows(db, "SELECT STRAIGHT_JOIN a.absence_type, SUM(" + clipped + "), SUM(" + clipped + ") FROM hr_absence a "
                + "JOIN hr_employee e ON e.username = a.username AND e.status = 'ACTIVE' WHERE a.last_day >= ? AND a.first_day <= ? "
                + "GROUP BY a.absence_type ORDER BY a.absence_type", thisEnd, monthStart, monthStart.minusDays(1), lastMonth, lastMonth, thisEnd);
        rows += rows(db, "SELECT d.code, d.name, (SELECT COUNT(*) FROM hr_employee e WHERE e.department_id = d.id AND e.status = 'ACTIVE'), "
                + "d.planned_headcount, (SELECT COUNT(*) FROM hr_position o WHERE o.department_id = d.id AND o.status = 'OPEN') "
                + "FROM hr_department d ORDER BY d.name");
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
