package dev.portico.hr.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.AccessLog;
import dev.portico.access.service.ScopeGrant;
import dev.portico.hr.domain.EmployeeStatus;
import dev.portico.hr.service.DirectoryEntry;
import dev.portico.hr.service.EmployeeRecord;
import dev.portico.hr.service.EmployeeRecords;
import dev.portico.hr.service.HistoryEntry;
import dev.portico.hr.service.NoSuchEmployeeException;
import dev.portico.hr.service.SensitiveFields;
import dev.portico.hr.service.StaffDirectory;
import dev.portico.platform.persistence.Like;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The directory, the records and the sensitive fields, each under its own permission and
 * with its own set of fields. {@code @PermitAll}: the guard decides, by the policy.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultHrRecords implements StaffDirectory, EmployeeRecords {

    static final Permission DIRECTORY = Permission.of("directory", Action.VIEW);
    static final Permission VIEW = Permission.of("hr", Action.VIEW);
    static final Permission EDIT = Permission.of("hr", Action.EDIT);
    static final Permission SENSITIVE_VIEW = Permission.of("hr-sensitive", Action.VIEW);
    static final Permission SENSITIVE_EDIT = Permission.of("hr-sensitive", Action.EDIT);

    private static final String ENTRY = "SELECT NEW dev.portico.hr.service.DirectoryEntry(e.username, "
            + "CONCAT(e.firstName, ' ', e.lastName), d.name, e.jobTitle, e.managerUsername, "
            + "CONCAT(m.firstName, ' ', m.lastName), e.workEmail, e.workPhone, e.workLocation) "
            + "FROM Employee e JOIN e.department d LEFT JOIN Employee m ON m.username = e.managerUsername";
    private static final String RECORD = "SELECT NEW dev.portico.hr.service.EmployeeRecord(e.username, "
            + "CONCAT(e.firstName, ' ', e.lastName), d.code, d.name, e.jobTitle, e.managerUsername, e.territory, e.workLocation, "
            + "e.startDate, e.endDate, e.employmentType, e.status) FROM Employee e JOIN e.department d";
    private static final String IN_SERVICE = "e.status = :active";
    private static final String MATCHES = "(LOWER(e.username) LIKE :text" + Like.ESCAPE + " OR LOWER(CONCAT(e.firstName, ' ', e.lastName)) "
            + "LIKE :text" + Like.ESCAPE + " OR LOWER(e.jobTitle) LIKE :text" + Like.ESCAPE + " OR LOWER(d.name) LIKE :text" + Like.ESCAPE + ")";

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessLog accessLog;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public List<DirectoryEntry> search(String text, int offset, int limit) {
        return scoped.of(guard.require(DIRECTORY), HrScope.EMPLOYEE).and(IN_SERVICE, "active", EmployeeStatus.ACTIVE)
                .and(MATCHES, "text", pattern(text))
                .select(ENTRY, "e.lastName, e.firstName, e.username", DirectoryEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(String text) {
        return scoped.of(guard.require(DIRECTORY), HrScope.EMPLOYEE).and(IN_SERVICE, "active", EmployeeStatus.ACTIVE)
                .and(MATCHES, "text", pattern(text))
                .select("SELECT COUNT(e) FROM Employee e JOIN e.department d", "", Long.class)
                .getSingleResult();
    }

    private static String pattern(String text) {
        return text == null || text.isBlank() ? null : Like.containing(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Optional<DirectoryEntry> entry(String username) {
        return scoped.of(guard.require(DIRECTORY), HrScope.EMPLOYEE).and(IN_SERVICE, "active", EmployeeStatus.ACTIVE)
                .and("e.username = :username", "username", username)
                .select(ENTRY, "", DirectoryEntry.class)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EmployeeRecord> team() {
        return scoped.of(guard.require(VIEW), HrScope.EMPLOYEE)
                .select(RECORD, "e.status, e.lastName, e.firstName, e.username", EmployeeRecord.class)
                .setMaxResults(StaffDirectory.MAX_PAGE * 50)
                .getResultList();
    }

    @Override
    public Optional<EmployeeRecord> record(String username) {
        ScopeGrant grant = guard.require(VIEW);
        Optional<EmployeeRecord> found = inScope(grant, username);
        if (found.isEmpty() && exists(username)) {
            accessLog.refused(grant.caller().username(), grant.permission(), HrScope.EMPLOYEE.recordType(), username);
        }
        return found;
    }

    private Optional<EmployeeRecord> inScope(ScopeGrant grant, String username) {
        return scoped.of(grant, HrScope.EMPLOYEE).and("e.username = :username", "username", username)
                .select(RECORD, "", EmployeeRecord.class)
                .getResultStream()
                .findFirst();
    }

    boolean exists(String username) {
        return !em.createNativeQuery("SELECT 1 FROM hr_employee WHERE username = ?").setParameter(1, username).getResultList().isEmpty();
    }

    /**
     * Logged before it is read, in a transaction of its own: a view that failed half-way is still
     * a view an auditor should see. Outside the grant's scope it answers like a missing person.
     */
    @Override
    public SensitiveFields sensitive(String username) {
        ScopeGrant grant = guard.require(SENSITIVE_VIEW);
        if (inScopeOf(grant, username)) {
            accessLog.viewedSensitive(SENSITIVE_VIEW, HrScope.EMPLOYEE.recordType(), username, SensitiveFields.NAMES);
        } else {
            if (exists(username)) {
                accessLog.refused(grant.caller().username(), grant.permission(), HrScope.EMPLOYEE.recordType(), username);
            }
            throw new NoSuchEmployeeException(username);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT salary_band, date_of_birth, home_address, private_phone, performance_rating "
                        + "FROM hr_employee_private WHERE username = ?")
                .setParameter(1, username)
                .getResultList();
        if (rows.isEmpty()) {
            return new SensitiveFields(null, null, null, null, null);
        }
        Object[] r = rows.get(0);
        return new SensitiveFields((String) r[0], r[1] == null ? null : ((Date) r[1]).toLocalDate(), (String) r[2], (String) r[3],
                (String) r[4]);
    }

    private boolean inScopeOf(ScopeGrant grant, String username) {
        return !scoped.of(grant, HrScope.EMPLOYEE).and("e.username = :username", "username", username)
                .select("SELECT e.username FROM Employee e", "", String.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<HistoryEntry> history(String username) {
        ScopeGrant grant = guard.require(EDIT);
        if (!inScopeOf(grant, username)) {
            throw new NoSuchEmployeeException(username);
        }
        boolean sensitive = guard.ifHeld(SENSITIVE_VIEW).isPresent();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT changed_at, changed_by, field, old_value, new_value, reason, is_sensitive "
                        + "FROM hr_change WHERE username = ?" + (sensitive ? "" : " AND is_sensitive = FALSE") + " ORDER BY id DESC")
                .setParameter(1, username)
                .setMaxResults(500)
                .getResultList();
        // Old and new values of a sensitive field are sensitive values: their view is logged too.
        List<String> sensitiveFields = rows.stream().filter(r -> Boolean.TRUE.equals(r[6]) || Integer.valueOf(1).equals(r[6]))
                .map(r -> (String) r[2]).distinct().sorted().toList();
        if (!sensitiveFields.isEmpty()) {
            accessLog.viewedSensitive(SENSITIVE_VIEW, HrScope.EMPLOYEE.recordType(), username, sensitiveFields);
        }
        return rows.stream()
                .map(r -> new HistoryEntry(((Timestamp) r[0]).toInstant(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5]))
                .toList();
    }
}
