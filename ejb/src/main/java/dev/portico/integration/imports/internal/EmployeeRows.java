package dev.portico.integration.imports.internal;

import dev.portico.contract.EmployeeJoined;
import dev.portico.hr.domain.EmploymentType;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Employees for HR, moved over from another HR system: each becomes an employee in service with
 * their department spell and a "hired" history row, announced as a joiner (so the ledger has
 * them). The username is the key; one already in HR is refused (an import creates, it never
 * overwrites HR's records). A manager must be in service or on an earlier line of the file; an
 * unknown department or manager is a line error. No Keycloak account is made: a bulk import
 * records people who sign in already; a hire on screen makes one.
 */
final class EmployeeRows implements RowKind<EmployeeRows.Row> {

    record Row(String username, String firstName, String lastName, String email, long departmentId, String department,
               String title, String manager, String phone, String location, String territory, LocalDate start, EmploymentType type) {
    }

    private static final Set<String> TERRITORIES = Set.of("EAST", "WEST", "NORTH", "SOUTH");
    private static final String TYPES = Arrays.stream(EmploymentType.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final EntityManager em;
    private final Consumer<EmployeeJoined> joined;
    private final String actor;
    private final Map<String, Long> departments = new HashMap<>();
    private final Set<String> managers = new HashSet<>();

    EmployeeRows(EntityManager em, Consumer<EmployeeJoined> joined, String actor) {
        this.em = em;
        this.joined = joined;
        this.actor = actor;
        em.createNativeQuery("SELECT code, id FROM hr_department").getResultList()
                .forEach(r -> departments.put(((String) ((Object[]) r)[0]).toUpperCase(Locale.ROOT), ((Number) ((Object[]) r)[1]).longValue()));
        em.createNativeQuery("SELECT username FROM hr_placement").getResultList()
                .forEach(name -> managers.add(((String) name).toLowerCase(Locale.ROOT)));
    }

    @Override
    public String name() {
        return "employees";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("username", "first_name", "last_name", "work_email", "department", "job_title", "start_date");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("manager", "work_phone", "location", "territory", "employment_type");
    }

    @Override
    public Row parse(RowFields fields, List<String> problems) {
        String username = fields.text("username", 100, true, problems);
        if (username != null && !username.matches("[a-z0-9][a-z0-9._-]*")) {
            problems.add("username must be lower-case letters, digits, '.', '_' or '-', not '" + username + "'");
        }
        String first = fields.text("first_name", 100, true, problems);
        String last = fields.text("last_name", 100, true, problems);
        String email = fields.text("work_email", 200, true, problems);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("work_email must be an e-mail address, not '" + email + "'");
        }
        String department = fields.text("department", 20, true, problems);
        Long departmentId = department == null ? null : departments.get(department.toUpperCase(Locale.ROOT));
        if (department != null && departmentId == null) {
            problems.add("department '" + department + "' is not a department code of HR");
        }
        String title = fields.text("job_title", 100, true, problems);
        LocalDate start = date(fields, "start_date", true, problems);
        String manager = fields.text("manager", 100, false, problems);
        if (manager != null && !managers.contains(manager.toLowerCase(Locale.ROOT))) {
            problems.add("manager '" + manager + "' is not an employee in service (nor on a line above)");
        }
        String phone = fields.text("work_phone", 40, false, problems);
        String location = fields.text("location", 100, false, problems);
        String territory = fields.text("territory", 20, false, problems);
        if (territory != null && !TERRITORIES.contains(territory.toUpperCase(Locale.ROOT))) {
            problems.add("territory must be one of EAST, WEST, NORTH, SOUTH, not '" + territory + "'");
        }
        String typeText = fields.text("employment_type", 16, false, problems);
        EmploymentType type = EmploymentType.PERMANENT;
        if (typeText != null) {
            try {
                type = EmploymentType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add("employment_type must be one of " + TYPES + ", not '" + typeText + "'");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        managers.add(username.toLowerCase(Locale.ROOT)); // a later line may name this one as manager
        return new Row(username, first, last, email, departmentId, department.toUpperCase(Locale.ROOT), title, manager, phone, location,
                territory == null ? null : territory.toUpperCase(Locale.ROOT), start, type);
    }

    static LocalDate date(RowFields fields, String column, boolean required, List<String> problems) {
        String text = fields.text(column, 10, required, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.add(column + " must be a date like 2026-01-31, not '" + text + "'");
            return null;
        }
    }

    @Override
    public String key(Row row) {
        return row.username().toLowerCase(Locale.ROOT);
    }

    @Override
    public Map<String, String> checkStored(List<Row> chunk) {
        Map<String, String> problems = new HashMap<>();
        em.createQuery("SELECT e.username FROM Employee e WHERE e.username IN :names", String.class)
                .setParameter("names", chunk.stream().map(Row::username).toList())
                .getResultList()
                .forEach(name -> problems.put(name.toLowerCase(Locale.ROOT), "an employee '" + name
                        + "' already exists (an import only creates employees)"));
        return problems;
    }

    @Override
    public int write(List<Row> chunk) {
        for (Row row : chunk) {
            em.createNativeQuery("INSERT INTO hr_employee (username, first_name, last_name, work_email, work_phone, department_id, "
                            + "job_title, manager_username, work_location, territory, start_date, employment_type, status) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')")
                    .setParameter(1, row.username()).setParameter(2, row.firstName()).setParameter(3, row.lastName())
                    .setParameter(4, row.email()).setParameter(5, row.phone()).setParameter(6, row.departmentId())
                    .setParameter(7, row.title()).setParameter(8, row.manager()).setParameter(9, row.location())
                    .setParameter(10, row.territory()).setParameter(11, row.start()).setParameter(12, row.type().name())
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO hr_assignment (username, department_id, valid_from) VALUES (?, ?, ?)")
                    .setParameter(1, row.username()).setParameter(2, row.departmentId()).setParameter(3, row.start()).executeUpdate();
            em.createNativeQuery("INSERT INTO hr_change (username, changed_by, field, new_value, reason) VALUES (?, ?, 'hired', ?, ?)")
                    .setParameter(1, row.username()).setParameter(2, actor).setParameter(3, row.department() + ", " + row.title())
                    .setParameter(4, "CSV import").executeUpdate();
            joined.accept(new EmployeeJoined(row.username(), row.department(), row.manager(), row.territory(), row.start(), "CSV import"));
        }
        return 0;
    }
}
