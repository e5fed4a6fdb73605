package dev.portico.api.staff;

import dev.portico.hr.service.DirectoryEntry;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of the directory by last name; {@code next} links the following page, {@code null} on the last. */
@JsonbNillable
public record StaffPage(List<DirectoryEntry> items, long total, String next) {
}
