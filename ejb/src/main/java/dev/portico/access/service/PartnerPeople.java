package dev.portico.access.service;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.directory.TemporaryPasswords;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.Organisation;
import dev.portico.access.domain.Permission;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import dev.portico.access.people.Invitation;
import dev.portico.access.people.NewPartnerMember;
import dev.portico.access.people.NoSuchPartnerUserException;
import dev.portico.access.people.PartnerMember;
import dev.portico.access.people.PartnerPeopleRefusedException;
import dev.portico.access.people.PartnerRoles;
import dev.portico.access.people.Recertification;
import dev.portico.access.review.AccessReview;
import dev.portico.access.review.Decision;
import dev.portico.access.review.ReviewItem;
import dev.portico.access.review.ReviewPlan;
import dev.portico.access.review.ReviewStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Our people": a partner administrator ({@code partner-people:edit}, roles partner-admin and
 * supplier-admin) manages the users of their own organisation in Keycloak — invite, disable,
 * enable, remove, give and take partner roles — and re-certifies them once a year through an
 * access-review campaign with themselves as reviewer.
 *
 * <p>The boundary: the organisation is the caller's (from their token), never a parameter; a
 * user of another organisation answers exactly like a missing one; only the roles
 * {@link PartnerRoles#assignable} allows can be given or taken; the administrator's own account
 * is never changed here (another administrator, or the company, does that). Keycloak first,
 * the ledger last, as in {@link RoleGrants}.
 */
@Stateless
@PermitAll
public class PartnerPeople {

    static final Permission VIEW = Permission.of("partner-people", Action.VIEW);
    static final Permission EDIT = Permission.of("partner-people", Action.EDIT);

    static final String RECERTIFICATION = "Re-certification ";

    private final Clock clock = Clock.systemUTC();

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private Event<AccessChanged> announce;

    @Inject
    private IdentityDirectory directory;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** The caller's organisation's users, by username. */
    public List<PartnerMember> members() {
        Caller caller = guard.require(VIEW).caller();
        Organisation organisation = organisationOf(caller);
        return directory.membersOf(organisation.getAlias()).stream()
                .map(user -> toMember(user, organisation, caller))
                .toList();
    }

    /** One user of the caller's organisation, if they are one. */
    public Optional<PartnerMember> member(@NotBlank @Size(max = 100) String username) {
        Caller caller = guard.require(VIEW).caller();
        Organisation organisation = organisationOf(caller);
        return find(organisation, username).map(user -> toMember(user, organisation, caller));
    }

    /** The roles the caller may give in their organisation, sorted. */
    public Set<String> assignableRoles() {
        Caller caller = guard.require(VIEW).caller();
        return PartnerRoles.assignable(organisationOf(caller).getKind(), caller.roles());
    }

    /**
     * Creates the user in Keycloak as a member of the caller's organisation with the given roles
     * and a one-time password. Should Keycloak refuse a later step, the half-made user is deleted.
     */
    public Invitation invite(@NotNull @Valid NewPartnerMember invited,
                             @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        Caller caller = guard.require(EDIT).caller();
        Organisation organisation = organisationOf(caller);
        requireAssignable(organisation, caller, invited.roles());
        String username = invited.email().trim().toLowerCase(Locale.ROOT);
        String password = TemporaryPasswords.next();
        directory.createUser(username, username, invited.firstName().trim(), invited.lastName().trim(), password);
        try {
            directory.addToOrganisation(username, organisation.getAlias());
            for (String role : invited.roles()) {
                directory.grantRealmRole(username, role);
            }
        } catch (RuntimeException failed) {
            directory.deleteUser(username);
            throw failed;
        }
        int version = policies.current().version();
        announce.fire(AccessChanged.of(AccessChange.PARTNER_USER_INVITED, username,
                "organisation " + organisation.getAlias() + ", roles " + String.join(", ", new TreeSet<>(invited.roles())),
                reason, version));
        for (String role : new TreeSet<>(invited.roles())) {
            announce.fire(AccessChanged.of(AccessChange.ROLE_GRANTED, username, "role " + role, reason, version));
        }
        return new Invitation(username, password);
    }

    public void grant(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 64) String role,
                      @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        Caller caller = guard.require(EDIT).caller();
        Organisation organisation = organisationOf(caller);
        DirectoryUser user = changeable(organisation, caller, username);
        requireAssignable(organisation, caller, Set.of(role));
        if (user.roles().contains(role)) {
            throw new PartnerPeopleRefusedException(username + " already holds " + role);
        }
        directory.grantRealmRole(username, role);
        announce.fire(AccessChanged.of(AccessChange.ROLE_GRANTED, username, "role " + role, reason, policies.current().version()));
    }

    public void revoke(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 64) String role,
                       @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        Caller caller = guard.require(EDIT).caller();
        Organisation organisation = organisationOf(caller);
        DirectoryUser user = changeable(organisation, caller, username);
        requireAssignable(organisation, caller, Set.of(role));
        if (!user.roles().contains(role)) {
            throw new PartnerPeopleRefusedException(username + " does not hold " + role);
        }
        new RoleRevocation(directory, em, announce).revoke(username, role, caller.username(), reason, policies.current().version());
    }

    /** Disables or re-enables a user; a disabled user's sessions end at once. */
    public void setEnabled(@NotBlank @Size(max = 100) String username, boolean enabled,
                           @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        Caller caller = guard.require(EDIT).caller();
        Organisation organisation = organisationOf(caller);
        DirectoryUser user = changeable(organisation, caller, username);
        if (user.enabled() == enabled) {
            throw new PartnerPeopleRefusedException(username + " is already " + (enabled ? "enabled" : "disabled"));
        }
        directory.setEnabled(username, enabled);
        announce.fire(AccessChanged.of(enabled ? AccessChange.PARTNER_USER_ENABLED : AccessChange.PARTNER_USER_DISABLED,
                username, "organisation " + organisation.getAlias(), reason, policies.current().version()));
    }

    /** Deletes the user from Keycloak. */
    public void remove(@NotBlank @Size(max = 100) String username,
                       @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        Caller caller = guard.require(EDIT).caller();
        Organisation organisation = organisationOf(caller);
        removeUser(organisation, caller, changeable(organisation, caller, username), reason);
    }

    /**
     * Opens this year's re-certification: one item per partner role each of the organisation's
     * other users holds directly, reviewed by the caller. One open campaign per organisation.
     */
    public Recertification startRecertification(@NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        Caller caller = guard.require(EDIT).caller();
        Organisation organisation = organisationOf(caller);
        if (openCampaign(organisation).isPresent()) {
            throw new PartnerPeopleRefusedException("a re-certification of " + organisation.getName() + " is already open");
        }
        List<ReviewPlan.Item> planned = new ArrayList<>();
        for (DirectoryUser user : directory.membersOf(organisation.getAlias())) {
            if (!user.username().equals(caller.username())) {
                planned.addAll(ReviewPlan.itemsFor(user.username(),
                        PartnerRoles.partnerRolesAmong(organisation.getKind(), user.roles()), policies.current().roles(), caller.username()));
            }
        }
        if (planned.isEmpty()) {
            throw new PartnerPeopleRefusedException("nobody else in " + organisation.getName() + " holds a partner role to re-certify");
        }
        AccessReview review = AccessReview.start(RECERTIFICATION + organisation.getAlias() + " " + Year.now(clock.withZone(ZoneOffset.UTC)),
                caller.username(), reason, clock.instant());
        em.persist(review);
        em.flush();
        planned.forEach(item -> em.persist(ReviewItem.pending(review.getId(), item)));
        announce.fire(AccessChanged.of(AccessChange.REVIEW_STARTED, review.ledgerSubject(),
                review.getName() + ": " + planned.size() + " partner roles to re-certify", reason, policies.current().version()));
        return recertification(review);
    }

    /** The organisation's latest re-certification, open or not. */
    public Optional<Recertification> latestRecertification() {
        Organisation organisation = organisationOf(guard.require(VIEW).caller());
        return em.createQuery("SELECT r FROM AccessReview r WHERE r.name LIKE :name ORDER BY r.startedAt DESC, r.id DESC", AccessReview.class)
                .setParameter("name", campaignPrefix(organisation) + "%")
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::recertification);
    }

    /**
     * The administrator's decision on one user in the open re-certification: keep attests each
     * of their roles; otherwise each role is revoked and the user is removed from Keycloak.
     */
    public void recertify(@NotBlank @Size(max = 100) String username, boolean keep,
                          @NotBlank @Size(max = ReviewItem.MAX_COMMENT_LENGTH) String comment) {
        Caller caller = guard.require(EDIT).caller();
        Organisation organisation = organisationOf(caller);
        AccessReview review = openCampaign(organisation)
                .orElseThrow(() -> new PartnerPeopleRefusedException("no re-certification of " + organisation.getName() + " is open"));
        List<ReviewItem> items = em.createQuery("SELECT i FROM ReviewItem i WHERE i.reviewId = :review AND i.username = :user "
                        + "AND i.reviewer = :me AND i.decision = :pending ORDER BY i.role", ReviewItem.class)
                .setParameter("review", review.getId())
                .setParameter("user", username)
                .setParameter("me", caller.username())
                .setParameter("pending", Decision.PENDING)
                .getResultList();
        if (items.isEmpty()) {
            throw new NoSuchPartnerUserException(username);
        }
        DirectoryUser user = find(organisation, username).orElseThrow(() -> new NoSuchPartnerUserException(username));
        ReviewSteps steps = new ReviewSteps(directory, em, announce, clock);
        int version = policies.current().version();
        for (ReviewItem item : items) {
            steps.decide(item, keep ? Decision.ATTESTED : Decision.REVOKED, comment, caller.username(), version);
        }
        if (!keep) {
            removeUser(organisation, caller, user, "Re-certification " + review.getId() + ": " + comment);
        }
    }

    private void removeUser(Organisation organisation, Caller caller, DirectoryUser user, String reason) {
        directory.deleteUser(user.username());
        em.createNativeQuery("UPDATE role_grant SET status = 'REVOKED', ended_at = CURRENT_TIMESTAMP(6), ended_by = ? "
                        + "WHERE username = ? AND status IN ('ACTIVE', 'PENDING')")
                .setParameter(1, caller.username())
                .setParameter(2, user.username())
                .executeUpdate();
        announce.fire(AccessChanged.of(AccessChange.PARTNER_USER_REMOVED, user.username(),
                "organisation " + organisation.getAlias() + ", roles " + String.join(", ",
                        PartnerRoles.partnerRolesAmong(organisation.getKind(), user.roles())),
                reason, policies.current().version()));
    }

    private Optional<AccessReview> openCampaign(Organisation organisation) {
        return em.createQuery("SELECT r FROM AccessReview r WHERE r.name LIKE :name AND r.status = :open", AccessReview.class)
                .setParameter("name", campaignPrefix(organisation) + "%")
                .setParameter("open", ReviewStatus.OPEN)
                .getResultStream()
                .findFirst();
    }

    private static String campaignPrefix(Organisation organisation) {
        return RECERTIFICATION + organisation.getAlias() + " ";
    }

    private Recertification recertification(AccessReview review) {
        List<Recertification.Item> items = em.createQuery(
                        "SELECT i FROM ReviewItem i WHERE i.reviewId = :review ORDER BY i.username, i.role", ReviewItem.class)
                .setParameter("review", review.getId())
                .getResultStream()
                .map(i -> new Recertification.Item(i.getId(), i.getUsername(), i.getRole(), i.getDecision().name(), i.getComment()))
                .toList();
        return new Recertification(review.getId(), review.getName(), review.getStartedAt(), review.getStatus(), items);
    }

    /** A user of the organisation other than the caller, or "no such user" for anyone else. */
    private DirectoryUser changeable(Organisation organisation, Caller caller, String username) {
        DirectoryUser user = find(organisation, username).orElseThrow(() -> new NoSuchPartnerUserException(username));
        if (user.username().equals(caller.username())) {
            throw new PartnerPeopleRefusedException("nobody changes their own access here: ask another administrator");
        }
        return user;
    }

    /** One look-up of the user (not the organisation's whole member list, which costs calls per member). */
    private Optional<DirectoryUser> find(Organisation organisation, String username) {
        return directory.user(username).filter(u -> u.organisations().contains(organisation.getAlias()));
    }

    private static void requireAssignable(Organisation organisation, Caller caller, Set<String> roles) {
        Set<String> assignable = PartnerRoles.assignable(organisation.getKind(), caller.roles());
        for (String role : roles) {
            if (!assignable.contains(role)) {
                throw new PartnerPeopleRefusedException("role " + role + " is not yours to give: you may give " + String.join(", ", assignable));
            }
        }
    }

    private PartnerMember toMember(DirectoryUser user, Organisation organisation, Caller caller) {
        return new PartnerMember(user.username(), user.displayName(), user.email(), user.enabled(),
                List.copyOf(PartnerRoles.partnerRolesAmong(organisation.getKind(), user.roles())),
                user.username().equals(caller.username()));
    }

    /** The caller's one partner organisation; an administrator of none (or of several) manages no one. */
    private Organisation organisationOf(Caller caller) {
        if (caller.organisations().size() != 1) {
            throw new PartnerPeopleRefusedException("people are managed by an administrator of exactly one partner organisation");
        }
        return em.createQuery("SELECT o FROM Organisation o WHERE o.alias = :alias", Organisation.class)
                .setParameter("alias", caller.organisations().get(0))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PartnerPeopleRefusedException("organisation " + caller.organisations().get(0) + " is not registered"));
    }
}
