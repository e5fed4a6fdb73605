package dev.portico.hr.service.internal;

import dev.portico.hr.service.HrSummaries;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The HR summaries' SQL, one statement per figure, over a set of usernames ({@code null}: all
 * staff). Public so that the summary benchmark runs the very statements the page runs as its raw
 * floor instead of a copy that drifts; nothing else outside the package uses it.
 *
 * <p>Each statement reads index ranges, never the whole history once per month:
 * <ul>
 * <li>Headcount over twelve month ends is the headcount at the first month end (one range read
 * of the department spells) plus a running sum of the spells that began or ended in the eleven
 * months after ({@code valid_from} and {@code valid_to} each have their own index). Joining every
 * spell to every month end (the obvious range join) cost 160 ms at 10 000 employees; this 6 ms.
 * <li>Joiners and leavers are two index ranges ({@code start_date}, {@code end_date}) glued by
 * {@code UNION ALL}, not a join with an {@code OR} (which reads every employee twelve times).
 * <li>Absence rates read the absences alone: each row carries its department (V26), so one
 * covering range of the absences ending in or after last month answers both the per-department
 * and the per-type figures (joining the employees for their department cost 150 ms each). The
 * away lists name the absences first ({@code STRAIGHT_JOIN}): left to itself MariaDB walks every
 * employee and their whole absence history (0.8 s at 500 000 absences).
 * </ul>
 */
public final class SummaryStatements {

    /** A statement and its positional parameters. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private SummaryStatements() {
    }

    public static Statement headcountNow(Set<String> staff) {
        List<Object> p = new ArrayList<>();
        return new Statement("SELECT COUNT(*) FROM hr_employee e WHERE e.status = 'ACTIVE'" + in(staff, "e.username", p), p);
    }

    /** Calendar days of absences within [from, to]: each absence clipped to the period. */
    public static Statement absenceDays(Set<String> staff, LocalDate from, LocalDate to) {
        List<Object> p = new ArrayList<>(List.of(to, from, from, to));
        return new Statement("SELECT COALESCE(SUM(DATEDIFF(LEAST(a.last_day, ?), GREATEST(a.first_day, ?)) + 1), 0) "
                + "FROM hr_absence a WHERE a.last_day >= ? AND a.first_day <= ?" + in(staff, "a.username", p), p);
    }

    /** Employees in service away at some day of [from, to], at most 200. */
    public static Statement away(Set<String> staff, LocalDate from, LocalDate to) {
        List<Object> p = new ArrayList<>(List.of(from, to));
        return new Statement("SELECT STRAIGHT_JOIN a.username, CONCAT(e.first_name, ' ', e.last_name), a.absence_type, a.first_day, "
                + "a.last_day FROM hr_absence a JOIN hr_employee e ON e.username = a.username "
                + "WHERE a.last_day >= ? AND a.first_day <= ? AND e.status = 'ACTIVE'" + in(staff, "a.username", p)
                + " ORDER BY a.first_day, a.username LIMIT 200", p);
    }

    /** A manager's open positions are those they (or their reports) hire for; HR sees all. */
    public static Statement openPositions(Set<String> staff) {
        List<Object> p = new ArrayList<>();
        return new Statement("SELECT p.id, d.name, p.title, p.hiring_manager_username, p.opened_on FROM hr_position p "
                + "JOIN hr_department d ON d.id = p.department_id WHERE p.status = 'OPEN'"
                + in(staff, "p.hiring_manager_username", p) + " ORDER BY p.opened_on, p.id LIMIT 200", p);
    }

    /**
     * Leavers whose manager is among {@code staff} and who still own CRM accounts. The CRM's
     * account owner is a reference to an HR username; only a count per owner is read.
     */
    public static Statement leaverFindings(Set<String> staff) {
        List<Object> p = new ArrayList<>();
        return new Statement("SELECT e.username, CONCAT(e.first_name, ' ', e.last_name), e.end_date, "
                + "(SELECT COUNT(*) FROM customer_account a WHERE a.owner_username = e.username) AS owned "
                + "FROM hr_employee e WHERE e.status = 'LEFT'" + in(staff, "e.manager_username", p)
                + " HAVING owned > 0 ORDER BY e.end_date DESC, e.username LIMIT 200", p);
    }

    /**
     * Headcount per department at each of the twelve month ends up to this month's: rows
     * (month end, department code, name, headcount), departments with nobody left out. A spell
     * counts at month end m when {@code valid_from <= m} and it is open or {@code valid_to > m}.
     */
    public static Statement headcount(Set<String> staff, LocalDate today) {
        List<Object> p = new ArrayList<>();
        List<LocalDate> ends = monthEnds(today);
        LocalDate first = ends.get(0);
        LocalDate last = ends.get(ends.size() - 1);
        String months = dates(ends, p);
        p.add(first);
        p.add(first);
        String base = in(staff, "a.username", p);
        p.add(first);
        p.add(last);
        String began = in(staff, "a.username", p);
        p.add(first);
        p.add(last);
        String ended = in(staff, "a.username", p);
        return new Statement("SELECT h.point_date, h.code, h.name, h.headcount FROM ("
                + "SELECT m.point_date, d.code, d.name, "
                + "COALESCE(b.n, 0) + SUM(COALESCE(x.delta, 0)) OVER (PARTITION BY d.id ORDER BY m.point_date) AS headcount "
                + "FROM (" + months + ") m CROSS JOIN hr_department d "
                + "LEFT JOIN (SELECT a.department_id, COUNT(*) AS n FROM hr_assignment a "
                + "WHERE a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)" + base + " GROUP BY a.department_id) b "
                + "ON b.department_id = d.id "
                + "LEFT JOIN (SELECT v.department_id, v.month_end, SUM(v.delta) AS delta FROM ("
                // a spell that began on f counts from the month end on or after f
                + "SELECT a.department_id, LAST_DAY(a.valid_from) AS month_end, 1 AS delta FROM hr_assignment a "
                + "WHERE a.valid_from > ? AND a.valid_from <= ?" + began
                // one that ended on t (valid_to is the first day outside) stops counting at the month end on or after t
                + " UNION ALL SELECT a.department_id, LAST_DAY(a.valid_to), -1 FROM hr_assignment a "
                + "WHERE a.valid_to > ? AND a.valid_to <= ?" + ended
                + ") v GROUP BY v.department_id, v.month_end) x ON x.department_id = d.id AND x.month_end = m.point_date"
                + ") h WHERE h.headcount > 0 ORDER BY h.point_date, h.name", p);
    }

    /** Joiners and leavers per month of the last twelve: rows (month start, joiners, leavers). */
    public static Statement flows(Set<String> staff, LocalDate today) {
        List<Object> p = new ArrayList<>();
        List<LocalDate> starts = monthEnds(today).stream().map(d -> d.withDayOfMonth(1)).toList();
        LocalDate from = starts.get(0);
        LocalDate until = starts.get(starts.size() - 1).plusMonths(1);
        String months = dates(starts, p);
        p.add(from);
        p.add(until);
        String joined = in(staff, "e.username", p);
        p.add(from);
        p.add(until);
        String left = in(staff, "e.username", p);
        return new Statement("SELECT m.point_date, COALESCE(SUM(f.joined), 0), COALESCE(SUM(f.gone), 0) FROM (" + months + ") m "
                + "LEFT JOIN (SELECT CAST(DATE_FORMAT(e.start_date, '%Y-%m-01') AS DATE) AS month_start, 1 AS joined, 0 AS gone "
                + "FROM hr_employee e WHERE e.start_date >= ? AND e.start_date < ?" + joined
                + " UNION ALL SELECT CAST(DATE_FORMAT(e.end_date, '%Y-%m-01') AS DATE), 0, 1 "
                + "FROM hr_employee e WHERE e.end_date >= ? AND e.end_date < ?" + left
                + ") f ON f.month_start = m.point_date GROUP BY m.point_date ORDER BY m.point_date", p);
    }

    private static final String CLIPPED_DAYS = "GREATEST(0, DATEDIFF(LEAST(a.last_day, ?), GREATEST(a.first_day, ?)) + 1)";

    /**
     * Absence days per department this month and last, with the department's headcount in
     * service: rows (department name, days this month, days last month, headcount). An absence
     * counts for the department it was recorded in (V26), a leaver's too (it happened while they
     * were employed); both months are summed in one covering range read of {@code ix_absence_rates}.
     */
    public static Statement absenceByDepartment(Set<String> staff, LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate lastMonth = thisMonth.minusMonths(1);
        LocalDate thisEnd = thisMonth.plusMonths(1).minusDays(1);
        List<Object> p = new ArrayList<>();
        String people = in(staff, "e.username", p);
        p.addAll(List.of(thisEnd, thisMonth, thisMonth.minusDays(1), lastMonth, lastMonth, thisEnd));
        String absences = in(staff, "a.username", p);
        return new Statement("SELECT d.name, COALESCE(x.this_days, 0), COALESCE(x.last_days, 0), COALESCE(h.n, 0) FROM hr_department d "
                + "LEFT JOIN (SELECT e.department_id, COUNT(*) AS n FROM hr_employee e WHERE e.status = 'ACTIVE'" + people
                + " GROUP BY e.department_id) h ON h.department_id = d.id "
                + "LEFT JOIN (SELECT a.department_id, SUM(" + CLIPPED_DAYS + ") AS this_days, SUM(" + CLIPPED_DAYS + ") AS last_days "
                + "FROM hr_absence a WHERE a.last_day >= ? AND a.first_day <= ?" + absences + " GROUP BY a.department_id) x "
                + "ON x.department_id = d.id WHERE h.n > 0 OR x.this_days > 0 OR x.last_days > 0 ORDER BY d.name", p);
    }

    /** Absence days per type this month and last: rows (type, days this month, days last month), from the same covering range. */
    public static Statement absenceByType(Set<String> staff, LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate lastMonth = thisMonth.minusMonths(1);
        LocalDate thisEnd = thisMonth.plusMonths(1).minusDays(1);
        List<Object> p = new ArrayList<>(List.of(thisEnd, thisMonth, thisMonth.minusDays(1), lastMonth, lastMonth, thisEnd));
        return new Statement("SELECT a.absence_type, SUM(" + CLIPPED_DAYS + "), SUM(" + CLIPPED_DAYS + ") FROM hr_absence a "
                + "WHERE a.last_day >= ? AND a.first_day <= ?" + in(staff, "a.username", p)
                + " GROUP BY a.absence_type ORDER BY a.absence_type", p);
    }

    /** Per department: code, name, headcount in scope, planned headcount, open positions in scope. */
    public static Statement plan(Set<String> staff) {
        List<Object> p = new ArrayList<>();
        String people = in(staff, "e.username", p);
        String positions = in(staff, "o.hiring_manager_username", p);
        return new Statement("SELECT d.code, d.name, "
                + "(SELECT COUNT(*) FROM hr_employee e WHERE e.department_id = d.id AND e.status = 'ACTIVE'" + people + "), "
                + "d.planned_headcount, "
                + "(SELECT COUNT(*) FROM hr_position o WHERE o.department_id = d.id AND o.status = 'OPEN'" + positions + ") "
                + "FROM hr_department d ORDER BY d.name", p);
    }

    /** The twelve month ends up to today's month, oldest first. */
    static List<LocalDate> monthEnds(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(HrSummaries.MONTHS - 1);
        List<LocalDate> ends = new ArrayList<>();
        for (int i = 0; i < HrSummaries.MONTHS; i++) {
            ends.add(first.plusMonths(i).with(TemporalAdjusters.lastDayOfMonth()));
        }
        return ends;
    }

    /** Dates as a derived table with the column {@code point_date}. */
    private static String dates(List<LocalDate> dates, List<Object> p) {
        List<String> selects = new ArrayList<>();
        for (LocalDate date : dates) {
            selects.add(selects.isEmpty() ? "SELECT CAST(? AS DATE) AS point_date" : "SELECT CAST(? AS DATE)");
            p.add(date);
        }
        return String.join(" UNION ALL ", selects);
    }

    /**
     * {@code " AND column IN (?, ?)"} for the usernames (nothing for {@code null}, a false
     * condition for none), its values added to {@code parameters}. EclipseLink binds no
     * collection into a native IN, so one placeholder each.
     */
    static String in(Set<String> staff, String column, List<Object> parameters) {
        if (staff == null) {
            return "";
        }
        if (staff.isEmpty()) {
            return " AND 1 = 0";
        }
        List<String> marks = new ArrayList<>();
        for (String username : staff) {
            marks.add("?");
            parameters.add(username);
        }
        return " AND " + column + " IN (" + String.join(", ", marks) + ")";
    }
}
