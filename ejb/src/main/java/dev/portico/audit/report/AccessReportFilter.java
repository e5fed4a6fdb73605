package dev.portico.audit.report;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the effective access report is narrowed to; a blank or {@code null} value means "any".
 * {@code text} is looked for in the user name and the full name, ignoring case; role, module
 * and organisation (an alias) are names and match exactly.
 *
 * <p>The role matches the roles a row names: for a permission the roles that grant it, so
 * "role sales-rep" answers "what does sales-rep give whom"; for a user without access the roles
 * they hold, so someone whose role grants nothing still shows.
 */
public record AccessReportFilter(
        @Size(max = 100) String text,
        @Size(max = 100) String role,
        @Size(max = 100) String module,
        Action action,
        @Size(max = 100) String organisation) implements Serializable {

    public static final AccessReportFilter ANY = new AccessReportFilter(null, null, null, null, null);

    public AccessReportFilter {
        text = blankToNull(text);
        role = blankToNull(role);
        module = blankToNull(module);
        organisation = blankToNull(organisation);
    }

    boolean matchesUser(DirectoryUser user) {
        return (text == null || contains(user.username(), text) || contains(user.displayName(), text))
                && (organisation == null || user.organisations().contains(organisation));
    }

    /** A row of a permission, granted by {@code roles}. */
    boolean matchesGrant(Permission permission, Set<String> roles) {
        return (role == null || roles.contains(role))
                && (module == null || module.equals(permission.module()))
                && (action == null || action == permission.action());
    }

    /** The one row of a user without any permission, who holds {@code roles}. */
    boolean matchesNoAccess(Set<String> roles) {
        return module == null && action == null && (role == null || roles.contains(role));
    }

    /** For a report's caption, e.g. {@code "module customers, organisation northwind"}; {@code "all users"} without a filter. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            parts.add("name contains \"" + text + "\"");
        }
        add(parts, "role", role);
        add(parts, "module", module);
        add(parts, "action", action == null ? null : action.name());
        add(parts, "organisation", organisation);
        return parts.isEmpty() ? "all users" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + " " + value);
        }
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
