package dev.portico.access.service;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.directory.IdentityDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;

/**
 * The directory as administrators and auditors read it: users with their roles and
 * organisations, the roles the policy knows (the only ones worth granting) and the partner
 * organisations. Needs {@code access-admin:view} or {@code audit:view}.
 */
@Stateless
@PermitAll
public class DirectoryReader {

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private IdentityDirectory directory;

    public List<DirectoryUser> users() {
        guard.requireAny(SegregationOfDuties.ADMIN_VIEW, SegregationOfDuties.AUDIT_VIEW);
        return directory.users();
    }

    /** The job roles of the current policy, sorted. */
    public List<String> grantableRoles() {
        guard.requireAny(SegregationOfDuties.ADMIN_VIEW, SegregationOfDuties.AUDIT_VIEW);
        return List.copyOf(new TreeSet<>(policies.current().roles()));
    }

    public List<String> organisations() {
        guard.requireAny(SegregationOfDuties.ADMIN_VIEW, SegregationOfDuties.AUDIT_VIEW);
        return List.copyOf(new TreeSet<>(directory.organisations()));
    }
}
