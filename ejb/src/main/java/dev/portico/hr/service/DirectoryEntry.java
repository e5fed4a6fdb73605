package dev.portico.hr.service;

import java.io.Serializable;

/** What every member of staff may read about a colleague: no sensitive field, nothing about employment. */
public record DirectoryEntry(String username, String displayName, String department, String jobTitle, String manager,
                             String managerName, String workEmail, String workPhone, String location)
        implements Serializable {
}
