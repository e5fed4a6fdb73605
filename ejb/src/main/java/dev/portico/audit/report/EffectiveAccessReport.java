package dev.portico.audit.report;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.AccessPolicies;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.Table;
import dev.portico.platform.export.TableExporter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Who may do what, for every user: the report on screen ({@code audit:view}) and as a file
 * ({@code audit:export}). Both come from {@link #build}, so a file holds exactly the rows the
 * screen showed for the same filter and policy version. Keycloak is asked once per call.
 */
@Stateless
@PermitAll
public class EffectiveAccessReport {

    static final Permission VIEW = Permission.of("audit", Action.VIEW);
    static final Permission EXPORT = Permission.of("audit", Action.EXPORT);
    static final String TITLE = "Effective access";

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private IdentityDirectory directory;

    private final Clock clock = Clock.systemUTC();

    public List<AccessReportRow> rows(@NotNull @Valid AccessReportFilter filter) {
        guard.require(VIEW);
        return build(policies.current(), filter);
    }

    public ExportFile export(@NotNull @Valid AccessReportFilter filter, @NotNull ExportFormat format) {
        String auditor = guard.require(EXPORT).caller().username();
        Policy policy = policies.current();
        List<AccessReportRow> rows = build(policy, filter);
        String caption = "Filter: " + filter.describe() + ". Policy version " + policy.version() + ". Generated "
                + clock.instant().truncatedTo(ChronoUnit.SECONDS) + " by " + auditor + ".";
        Table table = new Table(TITLE, caption, AccessReportRow.HEADERS, rows.stream().map(AccessReportRow::cells).toList());
        return TableExporter.export(table, format, "effective-access");
    }

    private List<AccessReportRow> build(Policy policy, AccessReportFilter filter) {
        return AccessReportRows.build(policy, directory.users(), filter);
    }
}
