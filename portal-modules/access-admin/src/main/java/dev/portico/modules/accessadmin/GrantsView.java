package dev.portico.modules.accessadmin;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.directory.UnknownIdentityException;
import dev.portico.access.service.DirectoryReader;
import dev.portico.access.service.GrantOutcome;
import dev.portico.access.service.GrantRejectedException;
import dev.portico.access.service.OrganisationMemberships;
import dev.portico.access.service.PendingGrant;
import dev.portico.access.service.PolicyChangeRejectedException;
import dev.portico.access.service.RoleGrants;
import dev.portico.access.service.SegregationOfDuties;
import dev.portico.access.service.SodPair;
import dev.portico.access.service.SodViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backs {@code access-admin/grants.xhtml}: who holds which job role and organisation (read from
 * Keycloak), granting and revoking them with a reason, approving grants that segregation of
 * duties held back, and the conflicts that exist today.
 */
@Named
@ViewScoped
public class GrantsView implements Serializable {

    @EJB
    private transient RoleGrants grants;

    @EJB
    private transient OrganisationMemberships memberships;

    @EJB
    private transient DirectoryReader directory;

    @EJB
    private transient SegregationOfDuties duties;

    private List<DirectoryUser> users;
    private List<String> roles;
    private List<String> organisations;
    private List<PendingGrant> pending;
    private List<SodViolation> violations;
    private List<SodPair> pairs;

    private String reason;
    private String grantUser;
    private String grantRole;
    /** Taken as UTC, like every time the portal shows. */
    private LocalDateTime expiresAt;
    private String memberUser;
    private String memberOrganisation;
    private String pairA;
    private String pairB;
    private String pairDescription;

    @PostConstruct
    void load() {
        users = directory.users();
        roles = directory.grantableRoles();
        organisations = directory.organisations();
        pending = duties.pendingGrants();
        violations = duties.violations();
        pairs = duties.pairs();
    }

    public void grant() {
        attempt(() -> {
            GrantOutcome outcome = grants.grant(grantUser, grantRole, reason,
                    expiresAt == null ? null : expiresAt.toInstant(ZoneOffset.UTC));
            return outcome.applied()
                    ? text("grant.applied", grantRole, grantUser)
                    : text("grant.pending", grantRole, grantUser, String.join("; ", outcome.conflicts()));
        });
    }

    public void revoke(String username, String role) {
        attempt(() -> {
            grants.revoke(username, role, reason);
            return text("grant.revoked", role, username);
        });
    }

    public void approve(PendingGrant grant) {
        attempt(() -> {
            grants.approve(grant.id(), reason);
            return text("grant.approved", grant.role(), grant.username());
        });
    }

    public void addMembership() {
        attempt(() -> {
            memberships.add(memberUser, memberOrganisation, reason);
            return text("membership.added", memberUser, memberOrganisation);
        });
    }

    public void removeMembership(String username, String organisation) {
        attempt(() -> {
            memberships.remove(username, organisation, reason);
            return text("membership.removed", username, organisation);
        });
    }

    public void addPair() {
        attempt(() -> {
            duties.addPair(pairA, pairB, pairDescription, reason);
            String done = text("pair.added", pairA, pairB);
            pairA = null;
            pairB = null;
            pairDescription = null;
            return done;
        });
    }

    public void removePair(SodPair pair) {
        attempt(() -> {
            duties.removePair(pair.permissionA(), pair.permissionB(), reason);
            return text("pair.removed", pair.permissionA(), pair.permissionB());
        });
    }

    /** A refused change is a warning on the page; a change made reloads what Keycloak now says. */
    private void attempt(java.util.function.Supplier<String> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String done = change.get();
            reason = null;
            expiresAt = null;
            load();
            faces.addMessage(null, new FacesMessage(done));
        } catch (GrantRejectedException | UnknownIdentityException | PolicyChangeRejectedException rejected) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, rejected.getMessage(), null));
        }
    }

    private static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("dev.portico.modules.accessadmin.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    /** The user's job roles (those the policy names), sorted; Keycloak's default roles are left out. */
    public List<String> jobRolesOf(DirectoryUser user) {
        return user.roles().stream().filter(roles::contains).sorted().toList();
    }

    public List<String> organisationsOf(DirectoryUser user) {
        return user.organisations().stream().sorted().toList();
    }

    public List<DirectoryUser> getUsers() {
        return users;
    }

    public List<String> getRoles() {
        return roles;
    }

    public List<String> getOrganisations() {
        return organisations;
    }

    public List<PendingGrant> getPending() {
        return pending;
    }

    public List<SodViolation> getViolations() {
        return violations;
    }

    public List<SodPair> getPairs() {
        return pairs;
    }

    public String getPairA() {
        return pairA;
    }

    public void setPairA(String pairA) {
        this.pairA = pairA;
    }

    public String getPairB() {
        return pairB;
    }

    public void setPairB(String pairB) {
        this.pairB = pairB;
    }

    public String getPairDescription() {
        return pairDescription;
    }

    public void setPairDescription(String pairDescription) {
        this.pairDescription = pairDescription;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getGrantUser() {
        return grantUser;
    }

    public void setGrantUser(String grantUser) {
        this.grantUser = grantUser;
    }

    public String getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(String grantRole) {
        this.grantRole = grantRole;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getMemberUser() {
        return memberUser;
    }

    public void setMemberUser(String memberUser) {
        this.memberUser = memberUser;
    }

    public String getMemberOrganisation() {
        return memberOrganisation;
    }

    public void setMemberOrganisation(String memberOrganisation) {
        this.memberOrganisation = memberOrganisation;
    }
}
