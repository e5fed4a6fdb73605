package dev.portico.hr.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.hr.domain.AbsenceType;
import dev.portico.hr.service.AbsenceRate;
import dev.portico.hr.service.Away;
import dev.portico.hr.service.DepartmentPlan;
import dev.portico.hr.service.HeadcountPoint;
import dev.portico.hr.service.HrSummaries;
import dev.portico.hr.service.LeaverFinding;
import dev.portico.hr.service.MonthFlow;
import dev.portico.hr.service.OpenPosition;
import dev.portico.hr.service.TeamSummary;
import dev.portico.platform.export.Table;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.executable.ValidateOnExecution;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The summaries, each one SQL statement over the caller's scope (the usernames a TEAM grant
 * reaches, or everyone): the months are a derived table of twelve dates, the history is the
 * department spells of {@code hr_assignment}, so a headcount is a range join on its index.
 * Absence days are calendar days of an absence inside the period. Absence queries name the
 * absences first ({@code STRAIGHT_JOIN}): left to itself MariaDB walks every employee and their
 * whole absence history (0.8 s at 500 000 absences) instead of the range of absences that end
 * inside or after the period (milliseconds).
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultHrSummaries implements HrSummaries {

    static final Permission EXPORT = Permission.of("hr", Action.EXPORT);

    @EJB
    private AccessGuard guard;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public TeamSummary team(LocalDate today) {
        ScopeGrant grant = guard.require(DefaultHrRecords.VIEW);
        List<Object> p = new ArrayList<>();
        long headcount = ((Number) query("SELECT COUNT(*) FROM hr_employee e WHERE e.status = 'ACTIVE'"
                + HrScope.condition(grant, "e.username", p), p).getSingleResult()).longValue();
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TeamSummary(headcount,
                absenceDays(grant, monthStart, monthStart.plusMonths(1).minusDays(1)),
                absenceDays(grant, quarterStart, quarterStart.plusMonths(3).minusDays(1)),
                away(grant, today, today), away(grant, weekStart, weekStart.plusDays(6)), openPositions(grant), leaverFindings(grant));
    }

    /**
     * Leavers whose manager is within the scope (a manager's team: themselves and their reports)
     * and who still own CRM accounts. The CRM's account owner is a reference to an HR username;
     * only a count per owner is read, never an account.
     */
    private List<LeaverFinding> leaverFindings(ScopeGrant grant) {
        List<Object> p = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT e.username, CONCAT(e.first_name, ' ', e.last_name), e.end_date, "
                + "(SELECT COUNT(*) FROM customer_account a WHERE a.owner_username = e.username) AS owned "
                + "FROM hr_employee e WHERE e.status = 'LEFT'" + HrScope.condition(grant, "e.manager_username", p)
                + " HAVING owned > 0 ORDER BY e.end_date DESC, e.username", p).setMaxResults(200).getResultList();
        return rows.stream().map(r -> new LeaverFinding((String) r[0], (String) r[1], date(r[2]), number(r[3]))).toList();
    }

    /** Calendar days of absences within [from, to]: each absence clipped to the period. */
    long absenceDays(ScopeGrant grant, LocalDate from, LocalDate to) {
        List<Object> p = new ArrayList<>(List.of(to, from, from, to));
        Object days = query("SELECT COALESCE(SUM(DATEDIFF(LEAST(a.last_day, ?), GREATEST(a.first_day, ?)) + 1), 0) "
                + "FROM hr_absence a WHERE a.last_day >= ? AND a.first_day <= ?" + HrScope.condition(grant, "a.username", p), p)
                .getSingleResult();
        return ((Number) days).longValue();
    }

    private List<Away> away(ScopeGrant grant, LocalDate from, LocalDate to) {
        List<Object> p = new ArrayList<>(List.of(from, to));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT STRAIGHT_JOIN a.username, CONCAT(e.first_name, ' ', e.last_name), a.absence_type, a.first_day, a.last_day "
                + "FROM hr_absence a JOIN hr_employee e ON e.username = a.username "
                + "WHERE a.last_day >= ? AND a.first_day <= ? AND e.status = 'ACTIVE'" + HrScope.condition(grant, "a.username", p)
                + " ORDER BY a.first_day, a.username", p).setMaxResults(200).getResultList();
        return rows.stream().map(r -> new Away((String) r[0], (String) r[1], AbsenceType.valueOf((String) r[2]), date(r[3]), date(r[4])))
                .toList();
    }

    /** A manager's open positions are those they (or their reports) hire for; HR sees all. */
    private List<OpenPosition> openPositions(ScopeGrant grant) {
        List<Object> p = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT p.id, d.name, p.title, p.hiring_manager_username, p.opened_on FROM hr_position p "
                + "JOIN hr_department d ON d.id = p.department_id WHERE p.status = 'OPEN'"
                + HrScope.condition(grant, "p.hiring_manager_username", p) + " ORDER BY p.opened_on, p.id", p)
                .setMaxResults(200).getResultList();
        return rows.stream().map(r -> new OpenPosition(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], date(r[4])))
                .toList();
    }

    @Override
    public List<HeadcountPoint> headcount(LocalDate today) {
        return headcount(guard.require(DefaultHrRecords.VIEW), today);
    }

    private List<HeadcountPoint> headcount(ScopeGrant grant, LocalDate today) {
        List<Object> p = new ArrayList<>();
        String months = months(today, p, true);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT m.point_date, d.code, d.name, COUNT(a.id) FROM (" + months + ") m "
                + "JOIN hr_assignment a ON a.valid_from <= m.point_date AND (a.valid_to IS NULL OR a.valid_to > m.point_date) "
                + "JOIN hr_department d ON d.id = a.department_id WHERE 1 = 1" + HrScope.condition(grant, "a.username", p)
                + " GROUP BY m.point_date, d.code, d.name ORDER BY m.point_date, d.name", p).getResultList();
        return rows.stream().map(r -> new HeadcountPoint(date(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<MonthFlow> flows(LocalDate today) {
        return flows(guard.require(DefaultHrRecords.VIEW), today);
    }

    private List<MonthFlow> flows(ScopeGrant grant, LocalDate today) {
        List<Object> p = new ArrayList<>();
        String months = months(today, p, false);
        String scope = HrScope.condition(grant, "e.username", p);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT m.point_date, SUM(e.start_date >= m.point_date AND e.start_date < DATE_ADD(m.point_date, INTERVAL 1 MONTH)), "
                + "SUM(e.end_date IS NOT NULL AND e.end_date >= m.point_date AND e.end_date < DATE_ADD(m.point_date, INTERVAL 1 MONTH)) "
                + "FROM (" + months + ") m LEFT JOIN hr_employee e ON ((e.start_date >= m.point_date AND e.start_date < DATE_ADD(m.point_date, INTERVAL 1 MONTH)) "
                + "OR (e.end_date >= m.point_date AND e.end_date < DATE_ADD(m.point_date, INTERVAL 1 MONTH)))" + scope
                + " GROUP BY m.point_date ORDER BY m.point_date", p).getResultList();
        return rows.stream().map(r -> new MonthFlow(date(r[0]), number(r[1]), number(r[2]))).toList();
    }

    @Override
    public double turnoverPercent(LocalDate today) {
        ScopeGrant grant = guard.require(DefaultHrRecords.VIEW);
        return HrSummaries.turnoverPercent(flows(grant, today), headcount(grant, today));
    }

    @Override
    public List<AbsenceRate> absenceRates(LocalDate today) {
        return absenceRates(guard.require(DefaultHrRecords.VIEW), today);
    }

    /**
     * Two statements (by department, by type), each summing both months' clipped days in one
     * pass over the absences that end on or after last month's first day (the index's range).
     */
    private List<AbsenceRate> absenceRates(ScopeGrant grant, LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate lastMonth = thisMonth.minusMonths(1);
        LocalDate thisEnd = thisMonth.plusMonths(1).minusDays(1);
        LocalDate lastEnd = thisMonth.minusDays(1);
        String days = "GREATEST(0, DATEDIFF(LEAST(a.last_day, ?), GREATEST(a.first_day, ?)) + 1)";
        List<AbsenceRate> rates = new ArrayList<>();
        List<Object> p = new ArrayList<>(List.of(thisEnd, thisMonth, lastEnd, lastMonth));
        String absences = HrScope.condition(grant, "a.username", p);
        p.add(lastMonth);
        p.add(thisEnd);
        List<Object> people = new ArrayList<>();
        String staff = HrScope.condition(grant, "e.username", people);
        p.addAll(people);
        @SuppressWarnings("unchecked")
        List<Object[]> byDepartment = query("SELECT d.name, COALESCE(x.this_days, 0), COALESCE(x.last_days, 0), COUNT(e.username) "
                + "FROM hr_department d JOIN hr_employee e ON e.department_id = d.id AND e.status = 'ACTIVE' "
                + "LEFT JOIN (SELECT STRAIGHT_JOIN e2.department_id, SUM(" + days + ") AS this_days, SUM(" + days + ") AS last_days "
                + "FROM hr_absence a JOIN hr_employee e2 ON e2.username = a.username AND e2.status = 'ACTIVE' WHERE 1 = 1" + absences
                + " AND a.last_day >= ? AND a.first_day <= ? GROUP BY e2.department_id) x ON x.department_id = d.id "
                + "WHERE 1 = 1" + staff + " GROUP BY d.id, d.name, x.this_days, x.last_days ORDER BY d.name", p).getResultList();
        for (Object[] r : byDepartment) {
            long headcount = number(r[3]);
            rates.add(new AbsenceRate("department", (String) r[0], number(r[1]), number(r[2]), rate(number(r[1]), headcount, thisMonth),
                    rate(number(r[2]), headcount, lastMonth)));
        }
        long headcount = byDepartment.stream().mapToLong(r -> number(r[3])).sum();
        List<Object> q = new ArrayList<>(List.of(thisEnd, thisMonth, lastEnd, lastMonth, lastMonth, thisEnd));
        @SuppressWarnings("unchecked")
        List<Object[]> byType = query("SELECT STRAIGHT_JOIN a.absence_type, SUM(" + days + "), SUM(" + days + ") FROM hr_absence a "
                + "JOIN hr_employee e ON e.username = a.username AND e.status = 'ACTIVE' "
                + "WHERE a.last_day >= ? AND a.first_day <= ?" + HrScope.condition(grant, "a.username", q)
                + " GROUP BY a.absence_type ORDER BY a.absence_type", q).getResultList();
        for (Object[] r : byType) {
            rates.add(new AbsenceRate("type", (String) r[0], number(r[1]), number(r[2]), rate(number(r[1]), headcount, thisMonth),
                    rate(number(r[2]), headcount, lastMonth)));
        }
        return rates;
    }

    private static double rate(long days, long headcount, LocalDate month) {
        return headcount == 0 ? 0 : Math.round(days * 1000.0 / (headcount * (double) month.lengthOfMonth())) / 10.0;
    }

    @Override
    public List<DepartmentPlan> plan() {
        return plan(guard.require(DefaultHrRecords.VIEW));
    }

    private List<DepartmentPlan> plan(ScopeGrant grant) {
        List<Object> p = new ArrayList<>();
        String people = HrScope.condition(grant, "e.username", p);
        String positions = HrScope.condition(grant, "o.hiring_manager_username", p);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT d.code, d.name, "
                + "(SELECT COUNT(*) FROM hr_employee e WHERE e.department_id = d.id AND e.status = 'ACTIVE'" + people + "), "
                + "d.planned_headcount, "
                + "(SELECT COUNT(*) FROM hr_position o WHERE o.department_id = d.id AND o.status = 'OPEN'" + positions + ") "
                + "FROM hr_department d ORDER BY d.name", p).getResultList();
        boolean everyone = HrScope.usernames(grant) == null;
        return rows.stream()
                .map(r -> new DepartmentPlan((String) r[0], (String) r[1], number(r[2]), number(r[3]), number(r[4])))
                // a manager's plan shows the departments their team and positions are in, not the company's
                .filter(d -> everyone || d.headcount() > 0 || d.openPositions() > 0)
                .toList();
    }

    @Override
    public Table export(SummaryKind kind, LocalDate today) {
        ScopeGrant grant = guard.require(EXPORT);
        String caption = "As of " + today + "; " + (HrScope.usernames(grant) == null ? "all staff" : "the team of "
                + grant.caller().username()) + "; exported by " + grant.caller().username() + " at " + Instant.now();
        return switch (kind) {
            case HEADCOUNT -> new Table("Headcount by department", caption, List.of("Month end", "Department", "Headcount"),
                    headcount(grant, today).stream().map(h -> List.of(h.monthEnd().toString(), h.department(),
                            Long.toString(h.headcount()))).toList());
            case FLOWS -> new Table("Joiners and leavers", caption, List.of("Month", "Joiners", "Leavers"),
                    flows(grant, today).stream().map(f -> List.of(f.monthStart().toString().substring(0, 7), Long.toString(f.joiners()),
                            Long.toString(f.leavers()))).toList());
            case ABSENCE -> new Table("Absence this month against last", caption, List.of("By", "Department or type",
                    "Days this month", "Days last month", "Rate this month %", "Rate last month %"),
                    absenceRates(grant, today).stream().map(a -> List.of(a.group(), a.label(), Long.toString(a.daysThisMonth()),
                            Long.toString(a.daysLastMonth()), Double.toString(a.rateThisMonth()), Double.toString(a.rateLastMonth()))).toList());
            case PLAN -> new Table("Headcount against plan", caption, List.of("Department", "Headcount", "Planned", "Open positions"),
                    plan(grant).stream().map(d -> List.of(d.department(), Long.toString(d.headcount()), Long.toString(d.planned()),
                            Long.toString(d.openPositions()))).toList());
        };
    }

    /** Twelve dates as a derived table: month ends up to today's month ({@code ends}), or month starts. */
    private static String months(LocalDate today, List<Object> p, boolean ends) {
        List<String> selects = new ArrayList<>();
        LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS - 1);
        for (int i = 0; i < MONTHS; i++) {
            LocalDate start = first.plusMonths(i);
            selects.add(i == 0 ? "SELECT CAST(? AS DATE) AS point_date" : "SELECT CAST(? AS DATE)");
            p.add(ends ? start.with(TemporalAdjusters.lastDayOfMonth()) : start);
        }
        return String.join(" UNION ALL ", selects);
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString().substring(0, 10));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
