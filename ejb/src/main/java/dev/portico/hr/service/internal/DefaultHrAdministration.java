package dev.portico.hr.service.internal;

import dev.portico.access.Roles;
import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.directory.TemporaryPasswords;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.contract.EmployeeJoined;
import dev.portico.contract.EmployeeLeft;
import dev.portico.contract.EmployeeMoved;
import dev.portico.hr.domain.AbsenceType;
import dev.portico.hr.domain.Department;
import dev.portico.hr.domain.Employee;
import dev.portico.hr.domain.EmployeeStatus;
import dev.portico.hr.service.EmployeeRecord;
import dev.portico.hr.service.EmployeeRecords;
import dev.portico.hr.service.Hired;
import dev.portico.hr.service.HrAdministration;
import dev.portico.hr.service.HrRefusedException;
import dev.portico.hr.service.NewEmployee;
import dev.portico.hr.service.NoSuchEmployeeException;
import dev.portico.hr.service.SensitiveFields;
import dev.portico.hr.service.Transfer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * HR's changes. Each writes the record, one history row per changed field (old, new, who, why)
 * and announces hires, moves and leaves through the contract; the access context's observers
 * ledger them and end a leaver's access within the same transaction.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultHrAdministration implements HrAdministration {

    @EJB
    private AccessGuard guard;

    @EJB
    private EmployeeRecords records;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private Event<EmployeeJoined> joined;

    @Inject
    private Event<EmployeeMoved> moved;

    @Inject
    private Event<EmployeeLeft> left;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /**
     * The Keycloak account comes first (as a partner invitation's): if the database part fails,
     * the account made for it is deleted again, so nothing is half-hired.
     */
    @Override
    public Hired hire(NewEmployee hire, String reason) {
        String actor = guard.require(DefaultHrRecords.EDIT).caller().username();
        if (em.find(Employee.class, hire.username()) != null) {
            throw new HrRefusedException("username", hire.username() + " is already an employee (a returner is hired under a new username)");
        }
        Department department = department(hire.departmentCode());
        String manager = blankToNull(hire.manager());
        requireManager(manager, hire.username());
        String password = null;
        if (directory.user(hire.username()).isEmpty()) {
            password = TemporaryPasswords.next();
            directory.createUser(hire.username(), hire.workEmail(), hire.firstName().strip(), hire.lastName().strip(), password);
        }
        try {
            if (password != null) {
                directory.grantRealmRole(hire.username(), Roles.EMPLOYEE);
            }
            Employee employee = Employee.hire(hire.username(), hire.firstName().strip(), hire.lastName().strip(), hire.workEmail(),
                    blankToNull(hire.workPhone()), department, hire.jobTitle().strip(), manager, blankToNull(hire.location()),
                    blankToNull(hire.territory()), hire.startDate(), hire.employmentType());
            em.persist(employee);
            em.flush();
            assign(hire.username(), department, hire.startDate());
            change(hire.username(), "hired", null, department.getCode() + ", " + employee.getJobTitle(), reason, false, actor);
            joined.fire(new EmployeeJoined(hire.username(), department.getCode(), manager, employee.getTerritory(), hire.startDate(),
                    reason));
            em.flush();
        } catch (RuntimeException failed) {
            if (password != null) {
                directory.deleteUser(hire.username());
            }
            throw failed;
        }
        return new Hired(records.record(hire.username()).orElseThrow(), password);
    }

    @Override
    public EmployeeRecord move(String username, Transfer transfer, String reason) {
        String actor = guard.require(DefaultHrRecords.EDIT).caller().username();
        Employee employee = activeEmployee(username);
        Department to = department(transfer.departmentCode());
        String manager = blankToNull(transfer.manager());
        requireManager(manager, username);
        String territory = blankToNull(transfer.territory());
        String location = blankToNull(transfer.location());
        Department from = employee.getDepartment();
        String fromManager = employee.getManagerUsername();
        String fromTerritory = employee.getTerritory();
        List<String[]> changes = new ArrayList<>();
        compare(changes, "department", from.getCode(), to.getCode());
        compare(changes, "job_title", employee.getJobTitle(), transfer.jobTitle().strip());
        compare(changes, "manager", fromManager, manager);
        compare(changes, "territory", fromTerritory, territory);
        compare(changes, "location", employee.getWorkLocation(), location);
        if (changes.isEmpty()) {
            throw new HrRefusedException("departmentCode", "the transfer changes nothing for " + username);
        }
        employee.move(to, transfer.jobTitle().strip(), manager, territory, location);
        if (!from.getId().equals(to.getId())) {
            LocalDate today = LocalDate.now();
            em.createNativeQuery("UPDATE hr_assignment SET valid_to = ? WHERE username = ? AND valid_to IS NULL")
                    .setParameter(1, today).setParameter(2, username).executeUpdate();
            assign(username, to, today);
        }
        for (String[] c : changes) {
            change(username, c[0], c[1], c[2], reason, false, actor);
        }
        em.flush();
        moved.fire(new EmployeeMoved(username, from.getCode(), to.getCode(), fromManager, manager, fromTerritory, territory, reason));
        return records.record(username).orElseThrow();
    }

    @Override
    public EmployeeRecord leave(String username, LocalDate lastDay, String reason) {
        String actor = guard.require(DefaultHrRecords.EDIT).caller().username();
        Employee employee = activeEmployee(username);
        try {
            employee.leave(lastDay);
        } catch (IllegalArgumentException early) {
            throw new HrRefusedException("lastDay", early.getMessage());
        }
        em.createNativeQuery("UPDATE hr_assignment SET valid_to = ? WHERE username = ? AND valid_to IS NULL")
                .setParameter(1, lastDay.plusDays(1)).setParameter(2, username).executeUpdate();
        change(username, "status", EmployeeStatus.ACTIVE.name(), EmployeeStatus.LEFT.name() + " after " + lastDay, reason, false, actor);
        em.flush();
        left.fire(new EmployeeLeft(username, employee.getManagerUsername(), lastDay, reason));
        return records.record(username).orElseThrow();
    }

    @Override
    public long recordAbsence(String username, AbsenceType type, LocalDate firstDay, LocalDate lastDay, String detail,
                              String approvedBy) {
        String actor = guard.require(DefaultHrRecords.EDIT).caller().username();
        activeEmployee(username);
        if (lastDay.isBefore(firstDay)) {
            throw new HrRefusedException("lastDay", "the last day " + lastDay + " is before the first day " + firstDay);
        }
        // the department the employee is in now: the absence counts there (V26)
        em.createNativeQuery("INSERT INTO hr_absence (username, department_id, absence_type, first_day, last_day, approved_by, recorded_by) "
                        + "SELECT e.username, e.department_id, ?, ?, ?, ?, ? FROM hr_employee e WHERE e.username = ?")
                .setParameter(1, type.name()).setParameter(2, firstDay).setParameter(3, lastDay)
                .setParameter(4, blankToNull(approvedBy)).setParameter(5, actor).setParameter(6, username)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        if (detail != null && !detail.isBlank()) {
            em.createNativeQuery("INSERT INTO hr_absence_reason (absence_id, reason) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, detail.strip()).executeUpdate();
        }
        change(username, "absence", null, type + " " + firstDay + " to " + lastDay, "absence recorded", false, actor);
        return id;
    }

    @Override
    public void changeSensitive(String username, SensitiveFields fields, String reason) {
        ScopeGrant grant = guard.require(DefaultHrRecords.SENSITIVE_EDIT);
        activeEmployee(username);
        SensitiveFields before = records.sensitive(username);
        List<String[]> changes = new ArrayList<>();
        compare(changes, "salary_band", before.salaryBand(), blankToNull(fields.salaryBand()));
        compare(changes, "date_of_birth", text(before.dateOfBirth()), text(fields.dateOfBirth()));
        compare(changes, "home_address", before.homeAddress(), blankToNull(fields.homeAddress()));
        compare(changes, "private_phone", before.privatePhone(), blankToNull(fields.privatePhone()));
        compare(changes, "performance_rating", before.performanceRating(), blankToNull(fields.performanceRating()));
        if (changes.isEmpty()) {
            throw new HrRefusedException("salaryBand", "the change changes nothing for " + username);
        }
        em.createNativeQuery("INSERT INTO hr_employee_private (username, salary_band, date_of_birth, home_address, private_phone, "
                        + "performance_rating) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE salary_band = VALUE(salary_band), "
                        + "date_of_birth = VALUE(date_of_birth), home_address = VALUE(home_address), "
                        + "private_phone = VALUE(private_phone), performance_rating = VALUE(performance_rating)")
                .setParameter(1, username).setParameter(2, blankToNull(fields.salaryBand())).setParameter(3, fields.dateOfBirth())
                .setParameter(4, blankToNull(fields.homeAddress())).setParameter(5, blankToNull(fields.privatePhone()))
                .setParameter(6, blankToNull(fields.performanceRating()))
                .executeUpdate();
        for (String[] c : changes) {
            change(username, c[0], c[1], c[2], reason, true, grant.caller().username());
        }
    }

    private Employee activeEmployee(String username) {
        Employee employee = em.find(Employee.class, username);
        if (employee == null) {
            throw new NoSuchEmployeeException(username);
        }
        if (employee.getStatus() != EmployeeStatus.ACTIVE) {
            throw new HrRefusedException("username", username + " has left; their record is kept as it was");
        }
        return employee;
    }

    private Department department(String code) {
        return em.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new HrRefusedException("departmentCode", "no department " + code));
    }

    private void requireManager(String manager, String username) {
        if (manager == null) {
            return;
        }
        if (manager.equals(username)) {
            throw new HrRefusedException("manager", "nobody is their own manager");
        }
        Employee boss = em.find(Employee.class, manager);
        if (boss == null || boss.getStatus() != EmployeeStatus.ACTIVE) {
            throw new HrRefusedException("manager", "the manager " + manager + " is not an employee in service");
        }
    }

    private void assign(String username, Department department, LocalDate from) {
        em.createNativeQuery("INSERT INTO hr_assignment (username, department_id, valid_from) VALUES (?, ?, ?)")
                .setParameter(1, username).setParameter(2, department.getId()).setParameter(3, from)
                .executeUpdate();
    }

    private void change(String username, String field, String oldValue, String newValue, String reason, boolean sensitive,
                        String actor) {
        em.createNativeQuery("INSERT INTO hr_change (username, changed_by, field, old_value, new_value, reason, is_sensitive) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, username).setParameter(2, actor).setParameter(3, field).setParameter(4, oldValue)
                .setParameter(5, newValue).setParameter(6, reason.strip()).setParameter(7, sensitive)
                .executeUpdate();
    }

    private static void compare(List<String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new String[] {field, before, after});
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
