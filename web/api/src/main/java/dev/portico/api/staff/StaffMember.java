package dev.portico.api.staff;

import dev.portico.hr.service.DirectoryEntry;
import dev.portico.hr.service.EmployeeRecord;
import dev.portico.hr.service.SensitiveFields;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A member of staff: the directory entry; {@code employment} only where the caller's
 * {@code hr:view} scope reaches (their manager, HR); {@code sensitive} only for
 * {@code hr-sensitive:view} asking with {@code include=sensitive}, and then access-logged.
 */
@JsonbNillable
public record StaffMember(DirectoryEntry directory, EmployeeRecord employment, SensitiveFields sensitive) {
}
