package dev.portico.it.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessLog;
import dev.portico.access.service.AccessLogEntry;
import dev.portico.access.service.RoleGrants;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.hr.domain.EmploymentType;
import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import dev.portico.hr.service.EmployeeRecord;
import dev.portico.hr.service.EmployeeRecords;
import dev.portico.hr.service.Hired;
import dev.portico.hr.service.HistoryEntry;
import dev.portico.hr.service.HrAdministration;
import dev.portico.hr.service.HrSummaries;
import dev.portico.hr.service.HrSummaries.SummaryKind;
import dev.portico.hr.service.NewEmployee;
import dev.portico.hr.service.SensitiveFields;
import dev.portico.hr.service.StaffDirectory;
import dev.portico.hr.service.Transfer;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsDistributor;
import dev.portico.it.support.RunAsHrManager;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.TableExporter;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Joiner, mover, leaver through HR's services as carol, seen from the other contexts: frank's
 * TEAM scope on customers grows with a hire into his team, alice's TERRITORY scope follows a
 * move at once, a leaver's Keycloak account, grants and review items end; all ledgered. And the
 * field sets: alice and frank never receive a sensitive field, carol's views are access-logged
 * and audrey finds them by subject.
 */
@ExtendWith(ArquillianExtension.class)
class HrLifecycleIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(HrLifecycleIT.class, RunAsHrManager.class, RunAsSalesManager.class,
                RunAsSalesRep.class, RunAsPortalAdmin.class, RunAsAuditor.class, RunAsDistributor.class);
    }

    @EJB
    private HrAdministration hr;

    @EJB
    private EmployeeRecords records;

    @EJB
    private StaffDirectory directory;

    @EJB
    private HrSummaries summaries;

    @EJB
    private CustomerAccounts accounts;

    @EJB
    private RoleGrants grants;

    @EJB
    private CsvImports imports;

    @EJB
    private AccessLog accessLog;

    @Inject
    private IdentityDirectory keycloak;

    @EJB
    private RunAsHrManager carol;

    @EJB
    private RunAsSalesManager frank;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private RunAsAuditor audrey;

    @EJB
    private RunAsDistributor dina;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aHireIntoFranksTeamIsInTheDirectoryHisTeamSummaryAndHisCustomerScope() throws Exception {
        String username = "hrit-hire-" + SEQUENCE.incrementAndGet();
        String account = "HrIT account of " + username;
        insertAccount(account, "NORTH", username);
        AccountFilter named = new AccountFilter(account, null, null, null);
        assertEquals(0, frank.call(() -> accounts.count(named)), "not yet in frank's team: not in his scope");
        long headcountBefore = frank.call(() -> summaries.team(today)).headcount();

        Hired hired = carol.call(() -> hr.hire(newEmployee(username, "frank", "NORTH"), "HrIT: new account executive"));

        assertNotNull(hired.temporaryPassword(), "a Keycloak account was made, its one-time password shown once");
        assertTrue(keycloak.user(username).orElseThrow().enabled());
        assertTrue(alice.call(() -> directory.search(username, 0, 10)).stream().anyMatch(e -> e.username().equals(username)
                && e.managerName().equals("Frank Fischer") && e.department().equals("Sales")), "in the directory for everyone");
        assertEquals(headcountBefore + 1, frank.call(() -> summaries.team(today)).headcount(), "in frank's team summary");
        assertTrue(frank.call(() -> records.team()).stream().anyMatch(r -> r.username().equals(username)));
        assertEquals(1, frank.call(() -> accounts.count(named)), "frank's TEAM scope on customers includes the new person's accounts");
        assertEquals(1, ledgerEntries("EMPLOYEE_JOINED", username));
        carol.call(() -> hr.leave(username, today, "HrIT: tidy up"));
        keycloak.deleteUser(username);
    }

    @Test
    void aMoveFromEastToWestChangesAlicesCustomersAtOnceAndIsInTheHistoryAndTheLedger() throws Exception {
        String west = "HrIT west account " + SEQUENCE.incrementAndGet();
        insertAccount(west, "WEST", "frank");
        AccountFilter named = new AccountFilter(west, null, null, null);
        AccountFilter eastDemo = new AccountFilter("Blue Harbor Foods", null, null, null);
        assertEquals(0, alice.call(() -> accounts.count(named)));
        assertEquals(1, alice.call(() -> accounts.count(eastDemo)));
        long movesBefore = ledgerEntries("EMPLOYEE_MOVED", "alice");
        try {
            EmployeeRecord moved = carol.call(() -> hr.move("alice", new Transfer("SALES", "Account executive", "frank", "WEST", "Boston"),
                    "HrIT: covers the West"));
            assertEquals("WEST", moved.territory());
            assertEquals(1, alice.call(() -> accounts.count(named)), "alice's list has the West now, without a restart");
            assertEquals(0, alice.call(() -> accounts.count(eastDemo)), "and no longer the East");
            List<HistoryEntry> history = carol.call(() -> records.history("alice"));
            assertTrue(history.stream().anyMatch(h -> h.field().equals("territory") && "EAST".equals(h.oldValue())
                    && "WEST".equals(h.newValue()) && h.changedBy().equals("carol") && h.reason().equals("HrIT: covers the West")),
                    history.toString());
            assertEquals(movesBefore + 1, ledgerEntries("EMPLOYEE_MOVED", "alice"));
        } finally {
            carol.call(() -> hr.move("alice", new Transfer("SALES", "Account executive", "frank", "EAST", "Boston"), "HrIT: back East"));
        }
        assertEquals(1, alice.call(() -> accounts.count(eastDemo)));
    }

    @Test
    void aLeaversKeycloakAccountIsDisabledTheirGrantsAndReviewItemsEndedAllLedgered() throws Exception {
        String username = "hrit-leaver-" + SEQUENCE.incrementAndGet();
        carol.call(() -> hr.hire(newEmployee(username, "frank", null), "HrIT: short contract"));
        ada.call(() -> grants.grant(username, "warehouse", "HrIT: helps with the stock count", Instant.now().plus(1, ChronoUnit.DAYS)));
        long review = openReviewItem(username, "warehouse");
        insertAccount("HrIT account of leaver " + username, "SOUTH", username);
        assertTrue(keycloak.realmRolesOf(username).contains("warehouse"));

        carol.call(() -> hr.leave(username, today, "HrIT: contract ended"));

        assertFalse(keycloak.user(username).orElseThrow().enabled(), "disabled in Keycloak (its admin API)");
        assertFalse(keycloak.realmRolesOf(username).contains("warehouse"), "the time-limited grant's role is gone");
        assertEquals("REVOKED", single("SELECT status FROM role_grant WHERE username = ?", username));
        assertEquals("REVOKED", single("SELECT decision FROM access_review_item WHERE username = ?", username));
        assertEquals("COMPLETED", single("SELECT status FROM access_review WHERE id = ?", review));
        assertEquals(1, ledgerEntries("EMPLOYEE_LEFT", username));
        assertEquals(1, ledgerEntries("ROLE_REVOKED", username));
        assertTrue(frank.call(() -> records.team()).stream().filter(r -> r.username().equals(username))
                .allMatch(r -> r.status() == dev.portico.hr.domain.EmployeeStatus.LEFT));
        assertTrue(alice.call(() -> directory.search(username, 0, 10)).isEmpty(), "a leaver leaves the directory");
        assertTrue(frank.call(() -> summaries.team(today)).leaversOwningAccounts().stream()
                .anyMatch(f -> f.username().equals(username) && f.accounts() == 1), "a finding for the leaver's manager");
        keycloak.deleteUser(username);
    }

    @Test
    void aliceAndFrankNeverReceiveASensitiveFieldCarolDoesAndAudreyFindsHerViewsBySubject() throws Exception {
        String planted = "PLANTED-BAND-" + SEQUENCE.incrementAndGet();
        SensitiveFields before = carol.call(() -> records.sensitive("bob"));
        carol.call(() -> { hr.changeSensitive("bob", new SensitiveFields(planted, before.dateOfBirth(), before.homeAddress(),
                before.privatePhone(), before.performanceRating()), "HrIT: annual review"); return null; });

        assertThrows(AccessDeniedException.class, () -> alice.call(() -> records.sensitive("bob")));
        assertThrows(AccessDeniedException.class, () -> frank.call(() -> records.sensitive("bob")), "his report, still not his to see");
        assertThrows(AccessDeniedException.class, () -> frank.call(() -> records.history("bob")));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> records.record("bob")), "alice is no manager");
        assertThrows(AccessDeniedException.class, () -> dina.call(() -> directory.search(null, 0, 10)), "partners never reach HR");
        StringBuilder seen = new StringBuilder();
        seen.append(alice.call(() -> directory.search(null, 0, 200))).append(alice.call(() -> directory.entry("bob")));
        seen.append(frank.call(() -> records.record("bob"))).append(frank.call(() -> records.team()));
        seen.append(frank.call(() -> summaries.team(today)));
        for (SummaryKind kind : SummaryKind.values()) {
            seen.append(new String(TableExporter.export(frank.call(() -> summaries.export(kind, today)), ExportFormat.CSV, "x").content(),
                    StandardCharsets.UTF_8));
        }
        assertTrue(frank.call(() -> records.record("bob")).isPresent(), "frank reads his report's record");
        assertFalse(seen.toString().contains(planted), "no sensitive value in anything alice or frank received");

        long viewsBefore = audrey.call(() -> accessLog.entries("carol", "bob", 500)).size();
        assertEquals(planted, carol.call(() -> records.sensitive("bob")).salaryBand());
        List<AccessLogEntry> views = audrey.call(() -> accessLog.entries(null, "bob", 500));
        assertTrue(views.size() > viewsBefore);
        AccessLogEntry latest = views.get(0);
        assertEquals("carol", latest.username());
        assertEquals("VIEWED", latest.outcome());
        assertEquals("employee", latest.recordType());
        assertTrue(latest.fields().contains("salary_band"), latest.toString());
        assertThrows(AccessDeniedException.class, () -> frank.call(() -> accessLog.entries(null, "bob", 10)));
    }

    @Test
    void summariesMatchTheirRawSql() throws Exception {
        var headcount = carol.call(() -> summaries.headcount(today));
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        List<LocalDate> monthEnds = new ArrayList<>();
        for (int i = HrSummaries.MONTHS - 1; i >= 0; i--) {
            LocalDate month = today.withDayOfMonth(1).minusMonths(i);
            monthEnds.add(month.withDayOfMonth(month.lengthOfMonth()));
        }
        // every month end's headcount per department, counted spell by spell in Java
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT d.name, a.valid_from, a.valid_to FROM hr_assignment a "
                     + "JOIN hr_department d ON d.id = a.department_id")) {
            java.util.Map<String, Long> expected = new java.util.TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate from = r.getDate(2).toLocalDate();
                    LocalDate to = r.getDate(3) == null ? null : r.getDate(3).toLocalDate();
                    for (LocalDate end : monthEnds) {
                        if (!from.isAfter(end) && (to == null || to.isAfter(end))) {
                            expected.merge(end + " " + r.getString(1), 1L, Long::sum);
                        }
                    }
                }
            }
            java.util.Map<String, Long> shown = new java.util.TreeMap<>();
            headcount.forEach(h -> shown.put(h.monthEnd() + " " + h.department(), h.headcount()));
            assertEquals(expected, shown, "each month end's headcount per department");
        }
        // joiners and leavers per month, from the employees' own dates
        java.util.Map<LocalDate, List<Long>> flows = new java.util.TreeMap<>();
        monthEnds.forEach(end -> flows.put(end.withDayOfMonth(1), new ArrayList<>(List.of(0L, 0L))));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT start_date, end_date FROM hr_employee");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                for (int i = 0; i < 2; i++) {
                    java.sql.Date day = r.getDate(i + 1);
                    List<Long> month = day == null ? null : flows.get(day.toLocalDate().withDayOfMonth(1));
                    if (month != null) {
                        month.set(i, month.get(i) + 1);
                    }
                }
            }
        }
        java.util.Map<LocalDate, List<Long>> shownFlows = new java.util.TreeMap<>();
        carol.call(() -> summaries.flows(today)).forEach(f -> shownFlows.put(f.monthStart(), List.of(f.joiners(), f.leavers())));
        assertEquals(flows, shownFlows, "joiners and leavers per month");
        String csv = new String(TableExporter.export(carol.call(() -> summaries.export(SummaryKind.HEADCOUNT, today)), ExportFormat.CSV, "h")
                .content(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("Month end,Department,Headcount", lines.get(0));
        assertEquals(headcount.size(), lines.size() - 1, "the export carries the page's figures");
        for (int i = 0; i < headcount.size(); i++) {
            assertEquals(headcount.get(i).monthEnd() + "," + headcount.get(i).department() + "," + headcount.get(i).headcount(),
                    lines.get(i + 1));
        }
        LocalDate monthStart = today.withDayOfMonth(1);
        java.util.Map<String, Long> typeDays = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection();
             // every absence, a leaver's too: it happened while they were employed
             PreparedStatement s = c.prepareStatement("SELECT a.absence_type, a.first_day, a.last_day FROM hr_absence a");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                LocalDate from = r.getDate(2).toLocalDate().isBefore(monthStart) ? monthStart : r.getDate(2).toLocalDate();
                LocalDate to = r.getDate(3).toLocalDate().isAfter(monthEnd) ? monthEnd : r.getDate(3).toLocalDate();
                if (!to.isBefore(from)) {
                    typeDays.merge(r.getString(1), ChronoUnit.DAYS.between(from, to) + 1, Long::sum);
                }
            }
        }
        java.util.Map<String, Long> shownDays = new java.util.TreeMap<>();
        carol.call(() -> summaries.absenceRates(today)).stream().filter(a -> a.group().equals("type") && a.daysThisMonth() > 0)
                .forEach(a -> shownDays.put(a.label(), a.daysThisMonth()));
        assertEquals(typeDays, shownDays, "absence days this month per type");
        long active = ((Number) single("SELECT COUNT(*) FROM hr_employee WHERE status = ?", "ACTIVE")).longValue();
        assertEquals(active, carol.call(() -> summaries.plan()).stream().mapToLong(p -> p.headcount()).sum());
        assertEquals(active, carol.call(() -> summaries.team(today)).headcount());
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> summaries.team(today)));
    }

    @Test
    void employeesAndAbsencesImportAllOrNothingWithEveryBadLineNamed() throws Exception {
        long n = SEQUENCE.incrementAndGet();
        String lead = "hrit-csv-lead-" + n;
        String report = "hrit-csv-report-" + n;
        String header = "username,first_name,last_name,work_email,department,job_title,start_date,manager\n";
        ImportResult refused = carol.call(() -> imports.importEmployees(csv(header
                + lead + ",Lea,Lead," + lead + "@portico.example,SALES,Team lead,2026-01-05,frank\n"
                + "hrit-csv-x-" + n + ",Xa,X,x@portico.example,NOPE,Clerk,2026-01-05,\n"
                + "hrit-csv-y-" + n + ",Ya,Y,y@portico.example,SALES,Clerk,2026-01-05,ghost\n")));
        assertFalse(refused.accepted());
        assertEquals(List.of(3, 4), refused.errors().stream().map(e -> e.line()).toList(), refused.errors().toString());
        assertTrue(refused.errors().get(0).reason().contains("department 'NOPE'"));
        assertTrue(refused.errors().get(1).reason().contains("manager 'ghost'"));
        assertEquals(0L, ((Number) single("SELECT COUNT(*) FROM hr_employee WHERE username = ?", lead)).longValue(), "nothing written");

        ImportResult accepted = carol.call(() -> imports.importEmployees(csv(header
                + lead + ",Lea,Lead," + lead + "@portico.example,SALES,Team lead,2026-01-05,frank\n"
                + report + ",Rae,Report," + report + "@portico.example,SALES,Account executive,2026-02-02," + lead + "\n")));
        assertTrue(accepted.accepted(), accepted.errors().toString());
        assertEquals(2, accepted.created());
        assertEquals(lead, alice.call(() -> directory.entry(report)).orElseThrow().manager(), "a manager from a line above");
        assertEquals(1, ledgerEntries("EMPLOYEE_JOINED", report));

        String absences = "username,type,first_day,last_day,reason\n";
        ImportResult badAbsences = carol.call(() -> imports.importAbsences(csv(absences
                + report + ",VACATION,2026-03-02,2026-03-06,\n" + "nobody-" + n + ",SICK,2026-03-02,2026-03-03,flu\n"
                + report + ",NAP,2026-04-01,2026-04-01,\n")));
        assertEquals(List.of(3, 4), badAbsences.errors().stream().map(e -> e.line()).toList(), badAbsences.errors().toString());
        assertTrue(carol.call(() -> imports.importAbsences(csv(absences + report + ",SICK,2026-03-02,2026-03-03,PLANTED-REASON\n")))
                .accepted());
        assertEquals(2L, ((Number) single("SELECT SUM(DATEDIFF(last_day, first_day) + 1) FROM hr_absence WHERE username = ?", report))
                .longValue());
        assertEquals("PLANTED-REASON", single("SELECT r.reason FROM hr_absence_reason r JOIN hr_absence a ON a.id = r.absence_id "
                + "WHERE a.username = ?", report), "the reason is kept apart");
        assertThrows(AccessDeniedException.class, () -> frank.call(() -> imports.importEmployees(csv(header))));
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private NewEmployee newEmployee(String username, String manager, String territory) {
        return new NewEmployee(username, "Hana", "Hire", username + "@portico.example", null, "SALES", "Account executive", manager,
                "Boston", territory, today, EmploymentType.PERMANENT);
    }

    private void insertAccount(String name, String territory, String owner) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status) "
                     + "VALUES (?, ?, ?, 'PROSPECT')")) {
            s.setString(1, name);
            s.setString(2, territory);
            s.setString(3, owner);
            s.executeUpdate();
        }
    }

    private long openReviewItem(String username, String role) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long review;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO access_review (name, started_by, reason, status) "
                    + "VALUES (?, 'audrey', 'HrIT', 'OPEN')", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, "HrIT review " + username);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    review = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO access_review_item (review_id, username, role_name) VALUES (?, ?, ?)")) {
                s.setLong(1, review);
                s.setString(2, username);
                s.setString(3, role);
                s.executeUpdate();
            }
            return review;
        }
    }

    private long ledgerEntries(String event, String subject) throws SQLException {
        return ((Number) single("SELECT COUNT(*) FROM grant_ledger WHERE event = ? AND subject = ?", event, subject)).longValue();
    }

    private Object single(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1);
            }
        }
    }
}
