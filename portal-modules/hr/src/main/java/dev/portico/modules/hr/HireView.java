package dev.portico.modules.hr;

import dev.portico.access.directory.IdentityConflictException;
import dev.portico.hr.domain.EmploymentType;
import dev.portico.hr.service.Hired;
import dev.portico.hr.service.HrAdministration;
import dev.portico.hr.service.HrRefusedException;
import dev.portico.hr.service.NewEmployee;
import dev.portico.shell.PageActions;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/** Backs {@code hr/hire.xhtml} ({@code hr:edit}): a hire, and the new account's one-time password, shown once. */
@Named
@ViewScoped
public class HireView implements Serializable {

    @EJB
    private transient HrAdministration administration;

    private String username;
    private String firstName;
    private String lastName;
    private String workEmail;
    private String workPhone;
    private String department;
    private String title;
    private String manager;
    private String location;
    private String territory;
    private LocalDate startDate = LocalDate.now();
    private EmploymentType employmentType = EmploymentType.PERMANENT;
    private String reason;
    private Hired hired;

    public void hire() {
        NewEmployee employee = new NewEmployee(trim(username), trim(firstName), trim(lastName), trim(workEmail), trim(workPhone),
                trim(department), trim(title), trim(manager), trim(location), trim(territory), startDate, employmentType);
        hired = null;
        if (PageActions.run(PersonView.MESSAGES, "done.hired", () -> hired = administration.hire(employee, reason),
                List.of(HrRefusedException.class, IdentityConflictException.class)) && hired.temporaryPassword() != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = ResourceBundle.getBundle(PersonView.MESSAGES, faces.getViewRoot().getLocale()).getString("hire.password");
            faces.addMessage(null, new FacesMessage(MessageFormat.format(text, employee.username(), hired.temporaryPassword())));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public EmploymentType[] getEmploymentTypes() {
        return EmploymentType.values();
    }

    public Hired getHired() {
        return hired;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public void setWorkPhone(String workPhone) {
        this.workPhone = workPhone;
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

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTerritory() {
        return territory;
    }

    public void setTerritory(String territory) {
        this.territory = territory;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(EmploymentType employmentType) {
        this.employmentType = employmentType;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
