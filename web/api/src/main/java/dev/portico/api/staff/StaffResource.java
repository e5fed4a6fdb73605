package dev.portico.api.staff;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.api.Parameters;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.hr.service.DirectoryEntry;
import dev.portico.hr.service.EmployeeRecord;
import dev.portico.hr.service.EmployeeRecords;
import dev.portico.hr.service.SensitiveFields;
import dev.portico.hr.service.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff directory ({@code directory:view}) and one member of staff. */
@Path("/staff")
@Tag(name = "staff", description = "The staff directory; employment records and sensitive fields where the caller may see them")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StaffResource {

    static final int DEFAULT_LIMIT = 50;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @EJB
    private StaffDirectory directory;

    @EJB
    private EmployeeRecords records;

    @EJB
    private AccessGuard guard;

    /** People in service by last name, {@code limit} at a time (1–200, default 50) from {@code offset}; {@code search} matches name, title, department. */
    @Operation(operationId = "listStaff", summary = "Search the staff directory")
    @GET
    public StaffPage list(@QueryParam("search") String search, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, StaffDirectory.MAX_PAGE);
        int from = (int) Parameters.number("offset", offset == null ? "0" : offset, 0, 1_000_000);
        if (search != null && search.length() > 100) {
            throw ProblemException.invalid("search", "must be at most 100 characters");
        }
        List<DirectoryEntry> items = directory.search(search, from, size);
        long total = directory.count(search);
        String next = from + size < total ? "/api/v1/staff?limit=" + size + "&offset=" + (from + size)
                + (search == null ? "" : "&search=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8)) : null;
        return new StaffPage(items, total, next);
    }

    /**
     * One member of staff. {@code include=sensitive} adds the sensitive fields for HR
     * ({@code hr-sensitive:view}; anyone else gets 403), and the view is access-logged.
     */
    @Operation(operationId = "getStaffMember", summary = "Get a member of staff")
    @GET
    @Path("/{username}")
    public StaffMember get(@PathParam("username") String username, @QueryParam("include") String include) {
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.notFound("member of staff " + username);
        }
        if (include != null && !include.equals("sensitive")) {
            throw ProblemException.invalid("include", "must be 'sensitive' or absent");
        }
        DirectoryEntry entry = directory.entry(username).orElse(null);
        EmployeeRecord record = guard.ifHeld(Permission.of("hr", Action.VIEW)).isPresent() ? records.record(username).orElse(null) : null;
        if (entry == null && record == null) {
            throw ProblemException.notFound("member of staff " + username);
        }
        SensitiveFields sensitive = "sensitive".equals(include) ? records.sensitive(username) : null;
        return new StaffMember(entry, record, sensitive);
    }

}
