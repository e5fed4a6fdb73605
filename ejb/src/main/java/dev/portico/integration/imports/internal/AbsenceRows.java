package dev.portico.integration.imports.internal;

import dev.portico.hr.domain.AbsenceType;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Absences for HR: {@code username, type, first_day, last_day[, approved_by, reason]}. An
 * unknown or departed employee is a line error; the reason goes to its own (sensitive) table.
 * The key is the employee and first day: two absences of one person cannot start the same day.
 */
final class AbsenceRows implements RowKind<AbsenceRows.Row> {

    record Row(String username, AbsenceType type, LocalDate first, LocalDate last, String approvedBy, String reason) {
    }

    private static final String TYPES = Arrays.stream(AbsenceType.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final EntityManager em;
    private final String actor;

    AbsenceRows(EntityManager em, String actor) {
        this.em = em;
        this.actor = actor;
    }

    @Override
    public String name() {
        return "absences";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("username", "type", "first_day", "last_day");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("approved_by", "reason");
    }

    @Override
    public Row parse(RowFields fields, List<String> problems) {
        String username = fields.text("username", 100, true, problems);
        String typeText = fields.text("type", 16, true, problems);
        AbsenceType type = null;
        if (typeText != null) {
            try {
                type = AbsenceType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add("type must be one of " + TYPES + ", not '" + typeText + "'");
            }
        }
        LocalDate first = EmployeeRows.date(fields, "first_day", true, problems);
        LocalDate last = EmployeeRows.date(fields, "last_day", true, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add("last_day " + last + " is before first_day " + first);
        }
        String approvedBy = fields.text("approved_by", 100, false, problems);
        String reason = fields.text("reason", 1000, false, problems);
        return problems.isEmpty() ? new Row(username, type, first, last, approvedBy, reason) : null;
    }

    @Override
    public String key(Row row) {
        return row.username().toLowerCase(Locale.ROOT) + " " + row.first();
    }

    @Override
    public Map<String, String> checkStored(List<Row> chunk) {
        Map<String, String> problems = new HashMap<>();
        List<String> usernames = chunk.stream().map(Row::username).distinct().toList();
        List<String> inService = em.createQuery("SELECT LOWER(e.username) FROM Employee e WHERE e.username IN :names "
                        + "AND e.status = dev.portico.hr.domain.EmployeeStatus.ACTIVE", String.class)
                .setParameter("names", usernames).getResultList();
        for (Row row : chunk) {
            if (!inService.contains(row.username().toLowerCase(Locale.ROOT))) {
                problems.put(key(row), "'" + row.username() + "' is not an employee in service");
            }
        }
        return problems;
    }

    @Override
    public int write(List<Row> chunk) {
        for (Row row : chunk) {
            em.createNativeQuery("INSERT INTO hr_absence (username, department_id, absence_type, first_day, last_day, approved_by, "
                            + "recorded_by) SELECT e.username, e.department_id, ?, ?, ?, ?, ? FROM hr_employee e WHERE e.username = ?")
                    .setParameter(1, row.type().name()).setParameter(2, row.first()).setParameter(3, row.last())
                    .setParameter(4, row.approvedBy()).setParameter(5, actor).setParameter(6, row.username()).executeUpdate();
            if (row.reason() != null) {
                em.createNativeQuery("INSERT INTO hr_absence_reason (absence_id, reason) VALUES (LAST_INSERT_ID(), ?)")
                        .setParameter(1, row.reason()).executeUpdate();
            }
        }
        return 0;
    }
}
