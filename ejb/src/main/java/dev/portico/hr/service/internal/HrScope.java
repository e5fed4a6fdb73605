package dev.portico.hr.service.internal;

import dev.portico.access.domain.DataScope;
import dev.portico.access.query.RecordScope;
import dev.portico.access.query.ScopeColumns;
import dev.portico.access.service.ScopeGrant;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the data scopes reach HR's records: an employee record is its subject's own (OWN), and a
 * manager's team is the manager and their reports (TEAM); territory and organisation do not
 * apply. JPQL reads go through {@link #EMPLOYEE}; the summaries' native SQL gets the same set as
 * a username list (EclipseLink binds no collection into a native IN, so one placeholder each).
 */
final class HrScope {

    static final RecordScope EMPLOYEE = RecordScope.of("employee", "Employee", "e.username",
            new ScopeColumns(null, null, "e.username", null));

    private HrScope() {
    }

    /** The usernames a grant reaches, or {@code null} for all of them. */
    static Set<String> usernames(ScopeGrant grant) {
        if (grant.scopes().contains(DataScope.ALL)) {
            return null;
        }
        Set<String> reached = new TreeSet<>();
        if (grant.scopes().contains(DataScope.TEAM)) {
            reached.addAll(grant.caller().team());
        }
        if (grant.scopes().contains(DataScope.OWN)) {
            reached.add(grant.caller().username());
        }
        return reached;
    }
}
