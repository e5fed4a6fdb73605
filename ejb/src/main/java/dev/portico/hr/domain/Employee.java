package dev.portico.hr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Someone who works (or worked) for the company, under their Keycloak username. Holds no
 * sensitive field: those are in {@code hr_employee_private}, read by their own path.
 */
@Entity
@Table(name = "hr_employee")
public class Employee {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "work_email", length = 200)
    private String workEmail;

    @Column(name = "work_phone", length = 40)
    private String workPhone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "job_title", nullable = false, length = 100)
    private String jobTitle;

    @Column(name = "manager_username", length = 100)
    private String managerUsername;

    @Column(name = "work_location", length = 100)
    private String workLocation;

    @Column(length = 20)
    private String territory;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 16)
    private EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private EmployeeStatus status;

    @Version
    private long version;

    protected Employee() {
    }

    public static Employee hire(String username, String firstName, String lastName, String workEmail, String workPhone,
                                Department department, String jobTitle, String managerUsername, String workLocation,
                                String territory, LocalDate startDate, EmploymentType type) {
        Employee employee = new Employee();
        employee.username = username;
        employee.firstName = firstName;
        employee.lastName = lastName;
        employee.workEmail = workEmail;
        employee.workPhone = workPhone;
        employee.department = department;
        employee.jobTitle = jobTitle;
        employee.managerUsername = managerUsername;
        employee.workLocation = workLocation;
        employee.territory = territory;
        employee.startDate = startDate;
        employee.employmentType = type;
        employee.status = EmployeeStatus.ACTIVE;
        return employee;
    }

    /** A transfer: any of department, title, manager, territory, location; the caller records the history. */
    public void move(Department newDepartment, String newTitle, String newManager, String newTerritory, String newLocation) {
        requireActive();
        department = newDepartment;
        jobTitle = newTitle;
        managerUsername = newManager;
        territory = newTerritory;
        workLocation = newLocation;
    }

    /** Leaves after {@code lastDay}. */
    public void leave(LocalDate lastDay) {
        requireActive();
        if (lastDay.isBefore(startDate)) {
            throw new IllegalArgumentException("the last day " + lastDay + " is before the start date " + startDate);
        }
        status = EmployeeStatus.LEFT;
        endDate = lastDay;
    }

    private void requireActive() {
        if (status != EmployeeStatus.ACTIVE) {
            throw new IllegalStateException(username + " has left");
        }
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }

    public Department getDepartment() {
        return department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public String getWorkLocation() {
        return workLocation;
    }

    public String getTerritory() {
        return territory;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public EmployeeStatus getStatus() {
        return status;
    }
}
