package dev.portico.modules.audit;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the audit pages offer beyond reading: an export button is shown only to who may export. */
@Named
@RequestScoped
public class AuditPermissions {

    static final Permission EXPORT = Permission.of("audit", Action.EXPORT);

    @Inject
    private CurrentUser user;

    public boolean isExport() {
        return user.allows(EXPORT);
    }
}
