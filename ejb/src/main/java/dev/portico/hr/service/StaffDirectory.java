package dev.portico.hr.service;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The staff directory ({@code directory:view}, every member of staff): people in service, by
 * name, with the directory's fields only. The query never touches the sensitive tables.
 */
@Local
public interface StaffDirectory {

    int MAX_PAGE = 200;

    /** People whose name, username, title or department contains {@code text} (all when blank), by last name. */
    List<DirectoryEntry> search(@Size(max = 100) String text, @PositiveOrZero int offset, @Min(1) @Max(MAX_PAGE) int limit);

    long count(@Size(max = 100) String text);

    Optional<DirectoryEntry> entry(@NotBlank @Size(max = 100) String username);
}
