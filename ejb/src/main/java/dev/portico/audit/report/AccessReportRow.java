package dev.portico.audit.report;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the effective access report, as the text the screen and the exports show: a user
 * and one permission they hold, the roles that grant it and the scopes it reaches. A user
 * without any permission has one line with no module or action and {@link #NO_ACCESS} as scope.
 */
public record AccessReportRow(String username, String name, String organisations, String roles, String module,
                              String action, String scopes, int policyVersion) implements Serializable {

    public static final String NO_ACCESS = "no access";

    /** Column titles of the exports, in the order of {@link #cells()} and of the screen. */
    public static final List<String> HEADERS = List.of(
            "User", "Name", "Organisations", "Roles", "Module", "Action", "Scopes", "Policy");

    public List<String> cells() {
        return List.of(username, name, organisations, roles, module, action, scopes, Integer.toString(policyVersion));
    }

    public boolean hasAccess() {
        return !module.isEmpty();
    }
}
