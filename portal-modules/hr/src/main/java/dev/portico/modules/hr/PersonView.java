package dev.portico.modules.hr;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.hr.domain.AbsenceType;
import dev.portico.hr.domain.EmployeeStatus;
import dev.portico.hr.service.DirectoryEntry;
import dev.portico.hr.service.EmployeeRecord;
import dev.portico.hr.service.EmployeeRecords;
import dev.portico.hr.service.HistoryEntry;
import dev.portico.hr.service.HrAdministration;
import dev.portico.hr.service.HrRefusedException;
import dev.portico.hr.service.NoSuchEmployeeException;
import dev.portico.hr.service.SensitiveFields;
import dev.portico.hr.service.StaffDirectory;
import dev.portico.hr.service.Transfer;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code directory/person.xhtml?username=…}: the directory entry for everyone; the employment
 * record for those whose {@code hr:view} scope reaches the person (their manager, HR); the
 * sensitive fields only on request, for {@code hr-sensitive:view}, each showing access-logged;
 * HR's forms. Someone outside every scope gets the 404 page, as for nobody.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

    static final String MESSAGES = "dev.portico.modules.hr.messages";
    static final Permission HR_VIEW = Permission.of("hr", Action.VIEW);
    static final Permission HR_EDIT = Permission.of("hr", Action.EDIT);
    static final Permission SENSITIVE_VIEW = Permission.of("hr-sensitive", Action.VIEW);
    static final Permission SENSITIVE_EDIT = Permission.of("hr-sensitive", Action.EDIT);
    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(HrRefusedException.class,
            NoSuchEmployeeException.class, IllegalArgumentException.class);

    @EJB
    private transient StaffDirectory directory;

    @EJB
    private transient EmployeeRecords records;

    @EJB
    private transient HrAdministration administration;

    @Inject
    private CurrentUser user;

    private String username;
    private DirectoryEntry entry;
    private EmployeeRecord record;
    private SensitiveFields sensitive;
    private List<HistoryEntry> history = List.of();

    private String department;
    private String title;
    private String manager;
    private String territory;
    private String location;
    private LocalDate lastDay;
    private AbsenceType absenceType = AbsenceType.VACATION;
    private LocalDate absenceFirst;
    private LocalDate absenceLast;
    private String absenceDetail;
    private String salaryBand;
    private String reason;

    public void load() throws IOException {
        String name = username == null ? "" : username.strip();
        entry = name.isEmpty() ? null : directory.entry(name).orElse(null);
        record = !name.isEmpty() && user.allows(HR_VIEW) ? records.record(name).orElse(null) : null;
        if (RecordPages.orNotFound(Optional.ofNullable(entry != null ? (Object) entry : record)).isEmpty()) {
            return;
        }
        if (record != null && department == null) {
            department = record.departmentCode();
            title = record.jobTitle();
            manager = record.manager();
            territory = record.territory();
            location = record.location();
        }
        history = record != null && user.allows(HR_EDIT) ? records.history(name) : List.of();
    }

    /** Fetched only now, never with the page: the service writes the view to the access log first. */
    public void showSensitive() {
        if (PageActions.run(MESSAGES, "person.sensitive.shown", () -> sensitive = records.sensitive(username.strip()), REFUSALS)
                && sensitive != null) {
            salaryBand = sensitive.salaryBand();
        }
    }

    public void move() throws IOException {
        if (PageActions.run(MESSAGES, "done.moved", () -> administration.move(username.strip(),
                new Transfer(department, title, manager, blank(territory), location), reason), REFUSALS)) {
            reason = null;
        }
        load();
    }

    public void leave() throws IOException {
        if (PageActions.run(MESSAGES, "done.left", () -> administration.leave(username.strip(), lastDay, reason), REFUSALS)) {
            reason = null;
        }
        load();
    }

    public void recordAbsence() throws IOException {
        PageActions.run(MESSAGES, "done.absence", () -> administration.recordAbsence(username.strip(), absenceType, absenceFirst,
                absenceLast, absenceDetail, user.getUsername()), REFUSALS);
        load();
    }

    public void changeSalaryBand() throws IOException {
        SensitiveFields before = sensitive;
        if (before != null && PageActions.run(MESSAGES, "done.sensitive", () -> administration.changeSensitive(username.strip(),
                new SensitiveFields(salaryBand, before.dateOfBirth(), before.homeAddress(), before.privatePhone(),
                        before.performanceRating()), reason), REFUSALS)) {
            reason = null;
            sensitive = null;
        }
        load();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public boolean isEditable() {
        return record != null && record.status() == EmployeeStatus.ACTIVE && user.allows(HR_EDIT);
    }

    public boolean isSensitiveReadable() {
        return record != null && user.allows(SENSITIVE_VIEW);
    }

    public boolean isSensitiveEditable() {
        return isEditable() && sensitive != null && user.allows(SENSITIVE_EDIT);
    }

    public AbsenceType[] getAbsenceTypes() {
        return AbsenceType.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public DirectoryEntry getEntry() {
        return entry;
    }

    public EmployeeRecord getRecord() {
        return record;
    }

    public SensitiveFields getSensitive() {
        return sensitive;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public String getTerritory() {
        return territory;
    }

    public void setTerritory(String territory) {
        this.territory = territory;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public AbsenceType getAbsenceType() {
        return absenceType;
    }

    public void setAbsenceType(AbsenceType absenceType) {
        this.absenceType = absenceType;
    }

    public LocalDate getAbsenceFirst() {
        return absenceFirst;
    }

    public void setAbsenceFirst(LocalDate absenceFirst) {
        this.absenceFirst = absenceFirst;
    }

    public LocalDate getAbsenceLast() {
        return absenceLast;
    }

    public void setAbsenceLast(LocalDate absenceLast) {
        this.absenceLast = absenceLast;
    }

    public String getAbsenceDetail() {
        return absenceDetail;
    }

    public void setAbsenceDetail(String absenceDetail) {
        this.absenceDetail = absenceDetail;
    }

    public String getSalaryBand() {
        return salaryBand;
    }

    public void setSalaryBand(String salaryBand) {
        this.salaryBand = salaryBand;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
