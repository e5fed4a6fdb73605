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
import java.util.Set;

/**
 * The summaries, each one SQL statement of {@link SummaryStatements} over the caller's scope (the
 * usernames a TEAM grant reaches, or everyone); the statements say how each stays on its indexes.
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
        Set<String> staff = HrScope.usernames(guard.require(DefaultHrRecords.VIEW));
        long headcount = number(query(SummaryStatements.headcountNow(staff)).getSingleResult());
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TeamSummary(headcount,
                absenceDays(staff, monthStart, monthStart.plusMonths(1).minusDays(1)),
                absenceDays(staff, quarterStart, quarterStart.plusMonths(3).minusDays(1)),
                away(staff, today, today), away(staff, weekStart, weekStart.plusDays(6)), openPositions(staff), leaverFindings(staff));
    }

    private List<LeaverFinding> leaverFindings(Set<String> staff) {
        return rows(SummaryStatements.leaverFindings(staff)).stream()
                .map(r -> new LeaverFinding((String) r[0], (String) r[1], date(r[2]), number(r[3]))).toList();
    }

    private long absenceDays(Set<String> staff, LocalDate from, LocalDate to) {
        return number(query(SummaryStatements.absenceDays(staff, from, to)).getSingleResult());
    }

    private List<Away> away(Set<String> staff, LocalDate from, LocalDate to) {
        return rows(SummaryStatements.away(staff, from, to)).stream()
                .map(r -> new Away((String) r[0], (String) r[1], AbsenceType.valueOf((String) r[2]), date(r[3]), date(r[4]))).toList();
    }

    private List<OpenPosition> openPositions(Set<String> staff) {
        return rows(SummaryStatements.openPositions(staff)).stream()
                .map(r -> new OpenPosition(number(r[0]), (String) r[1], (String) r[2], (String) r[3], date(r[4]))).toList();
    }

    @Override
    public List<HeadcountPoint> headcount(LocalDate today) {
        return headcount(HrScope.usernames(guard.require(DefaultHrRecords.VIEW)), today);
    }

    private List<HeadcountPoint> headcount(Set<String> staff, LocalDate today) {
        return rows(SummaryStatements.headcount(staff, today)).stream()
                .map(r -> new HeadcountPoint(date(r[0]), (String) r[1], (String) r[2], number(r[3]))).toList();
    }

    @Override
    public List<MonthFlow> flows(LocalDate today) {
        return flows(HrScope.usernames(guard.require(DefaultHrRecords.VIEW)), today);
    }

    private List<MonthFlow> flows(Set<String> staff, LocalDate today) {
        return rows(SummaryStatements.flows(staff, today)).stream().map(r -> new MonthFlow(date(r[0]), number(r[1]), number(r[2]))).toList();
    }

    @Override
    public double turnoverPercent(LocalDate today) {
        Set<String> staff = HrScope.usernames(guard.require(DefaultHrRecords.VIEW));
        return HrSummaries.turnoverPercent(flows(staff, today), headcount(staff, today));
    }

    @Override
    public List<AbsenceRate> absenceRates(LocalDate today) {
        return absenceRates(HrScope.usernames(guard.require(DefaultHrRecords.VIEW)), today);
    }

    /** By department, then by type; a type's rate is over the headcount of all departments in scope. */
    private List<AbsenceRate> absenceRates(Set<String> staff, LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate lastMonth = thisMonth.minusMonths(1);
        List<AbsenceRate> rates = new ArrayList<>();
        List<Object[]> byDepartment = rows(SummaryStatements.absenceByDepartment(staff, today));
        for (Object[] r : byDepartment) {
            long headcount = number(r[3]);
            rates.add(new AbsenceRate("department", (String) r[0], number(r[1]), number(r[2]), rate(number(r[1]), headcount, thisMonth),
                    rate(number(r[2]), headcount, lastMonth)));
        }
        long headcount = byDepartment.stream().mapToLong(r -> number(r[3])).sum();
        for (Object[] r : rows(SummaryStatements.absenceByType(staff, today))) {
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
        return plan(HrScope.usernames(guard.require(DefaultHrRecords.VIEW)));
    }

    private List<DepartmentPlan> plan(Set<String> staff) {
        return rows(SummaryStatements.plan(staff)).stream()
                .map(r -> new DepartmentPlan((String) r[0], (String) r[1], number(r[2]), number(r[3]), number(r[4])))
                // a manager's plan shows the departments their team and positions are in, not the company's
                .filter(d -> staff == null || d.headcount() > 0 || d.openPositions() > 0)
                .toList();
    }

    @Override
    public Table export(SummaryKind kind, LocalDate today) {
        ScopeGrant grant = guard.require(EXPORT);
        Set<String> staff = HrScope.usernames(grant);
        String caption = "As of " + today + "; " + (staff == null ? "all staff" : "the team of "
                + grant.caller().username()) + "; exported by " + grant.caller().username() + " at " + Instant.now();
        return switch (kind) {
            case HEADCOUNT -> new Table("Headcount by department", caption, List.of("Month end", "Department", "Headcount"),
                    headcount(staff, today).stream().map(h -> List.of(h.monthEnd().toString(), h.department(),
                            Long.toString(h.headcount()))).toList());
            case FLOWS -> new Table("Joiners and leavers", caption, List.of("Month", "Joiners", "Leavers"),
                    flows(staff, today).stream().map(f -> List.of(f.monthStart().toString().substring(0, 7), Long.toString(f.joiners()),
                            Long.toString(f.leavers()))).toList());
            case ABSENCE -> new Table("Absence this month against last", caption, List.of("By", "Department or type",
                    "Days this month", "Days last month", "Rate this month %", "Rate last month %"),
                    absenceRates(staff, today).stream().map(a -> List.of(a.group(), a.label(), Long.toString(a.daysThisMonth()),
                            Long.toString(a.daysLastMonth()), Double.toString(a.rateThisMonth()), Double.toString(a.rateLastMonth()))).toList());
            case PLAN -> new Table("Headcount against plan", caption, List.of("Department", "Headcount", "Planned", "Open positions"),
                    plan(staff).stream().map(d -> List.of(d.department(), Long.toString(d.headcount()), Long.toString(d.planned()),
                            Long.toString(d.openPositions()))).toList());
        };
    }

    private Query query(SummaryStatements.Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(SummaryStatements.Statement statement) {
        return query(statement).getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString().substring(0, 10));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
