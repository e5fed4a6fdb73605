package dev.portico.modules.partner;

import dev.portico.access.directory.IdentityConflictException;
import dev.portico.access.people.Invitation;
import dev.portico.access.people.NewPartnerMember;
import dev.portico.access.people.NoSuchPartnerUserException;
import dev.portico.access.people.PartnerMember;
import dev.portico.access.people.PartnerPeopleRefusedException;
import dev.portico.access.people.Recertification;
import dev.portico.access.service.PartnerPeople;
import dev.portico.crm.partner.BuyerLimit;
import dev.portico.crm.partner.PartnerOrders;
import dev.portico.shell.PageActions;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Backs {@code partner/people.xhtml}, "Our people": the organisation's users with their partner
 * roles and purchase limits, the invitation form, one form to change one person, and the yearly
 * re-certification. Every rule is the services' ({@link PartnerPeople}, {@link PartnerOrders});
 * the page offers only what they would accept.
 */
@Named
@ViewScoped
public class PartnerPeopleView implements Serializable {

    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(PartnerPeopleRefusedException.class,
            NoSuchPartnerUserException.class, IdentityConflictException.class);

    @EJB
    private transient PartnerPeople people;

    @EJB
    private transient PartnerOrders orders;

    private List<PartnerMember> members;
    private Map<String, BuyerLimit> limits;
    private Optional<Recertification> recertification;

    private String email;
    private String firstName;
    private String lastName;
    private List<String> inviteRoles = new ArrayList<>();
    private BigDecimal inviteLimit;
    private String currency = "EUR";
    private String reason;
    private Invitation invited;

    private String target;
    private String role;
    private BigDecimal limit;
    private String comment;

    public List<PartnerMember> getMembers() {
        if (members == null) {
            members = people.members();
        }
        return members;
    }

    /** The people the administrator may change: everyone but themself. */
    public List<PartnerMember> getOthers() {
        return getMembers().stream().filter(m -> !m.self()).toList();
    }

    public Set<String> getAssignableRoles() {
        return people.assignableRoles();
    }

    public String limitOf(String username) {
        if (limits == null) {
            limits = orders.limits();
        }
        BuyerLimit found = limits.get(username);
        return found == null ? "" : found.amount().toPlainString() + " " + found.currency();
    }

    public Recertification getRecertification() {
        if (recertification == null) {
            recertification = people.latestRecertification();
        }
        return recertification.orElse(null);
    }

    /** The users still waiting for a decision in the open re-certification. */
    public List<String> getUndecided() {
        Recertification open = getRecertification();
        if (open == null) {
            return List.of();
        }
        return open.items().stream().filter(i -> "PENDING".equals(i.decision())).map(Recertification.Item::username).distinct().toList();
    }

    public void invite() {
        if (!requireReason()) {
            return;
        }
        NewPartnerMember member = new NewPartnerMember(email, firstName, lastName, Set.copyOf(inviteRoles));
        if (PageActions.run(PartnerPages.MESSAGES, "people.invited", () -> invited = people.invite(member, reason), REFUSALS)) {
            if (inviteLimit != null) {
                PageActions.run(PartnerPages.MESSAGES, "people.limitSet", () -> orders.setLimit(invited.username(), inviteLimit, currency, reason),
                        REFUSALS);
            }
            email = null;
            firstName = null;
            lastName = null;
            inviteRoles = new ArrayList<>();
            inviteLimit = null;
            refresh();
        }
    }

    public void grant() {
        change("people.granted", () -> people.grant(target, requireRole(), reason));
    }

    public void revoke() {
        change("people.revoked", () -> people.revoke(target, requireRole(), reason));
    }

    public void disable() {
        change("people.disabled", () -> people.setEnabled(target, false, reason));
    }

    public void enable() {
        change("people.enabled", () -> people.setEnabled(target, true, reason));
    }

    public void remove() {
        change("people.removed", () -> people.remove(target, reason));
    }

    /** An empty amount removes the limit. */
    public void setPurchaseLimit() {
        change("people.limitSet", () -> orders.setLimit(target, limit, currency, reason));
    }

    public void startRecertification() {
        if (requireReason()) {
            PageActions.run(PartnerPages.MESSAGES, "people.recertificationStarted", () -> people.startRecertification(reason), REFUSALS);
            refresh();
        }
    }

    public void keep() {
        recertify(true);
    }

    public void removeInReview() {
        recertify(false);
    }

    private void recertify(boolean keep) {
        if (target == null || target.isBlank()) {
            PageActions.warn(FacesContext.getCurrentInstance(), "user: must be chosen");
            return;
        }
        PageActions.run(PartnerPages.MESSAGES, keep ? "people.kept" : "people.removed",
                () -> people.recertify(target, keep, comment == null || comment.isBlank() ? (keep ? "still needed" : "no longer needed") : comment),
                REFUSALS);
        refresh();
    }

    private void change(String doneKey, Runnable action) {
        if (target == null || target.isBlank()) {
            PageActions.warn(FacesContext.getCurrentInstance(), "user: must be chosen");
            return;
        }
        if (requireReason()) {
            PageActions.run(PartnerPages.MESSAGES, doneKey, action, REFUSALS);
            refresh();
        }
    }

    private String requireRole() {
        if (role == null || role.isBlank()) {
            throw new PartnerPeopleRefusedException("role: must be chosen");
        }
        return role;
    }

    /** Every change is ledgered with the administrator's reason, as the company's own grants are. */
    private boolean requireReason() {
        if (reason == null || reason.isBlank()) {
            PageActions.warn(FacesContext.getCurrentInstance(), "reason: must be given (it goes into the audit ledger)");
            return false;
        }
        return true;
    }

    private void refresh() {
        members = null;
        limits = null;
        recertification = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public List<String> getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(List<String> inviteRoles) {
        this.inviteRoles = inviteRoles == null ? new ArrayList<>() : inviteRoles;
    }

    public BigDecimal getInviteLimit() {
        return inviteLimit;
    }

    public void setInviteLimit(BigDecimal inviteLimit) {
        this.inviteLimit = inviteLimit;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Invitation getInvited() {
        return invited;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public void setLimit(BigDecimal limit) {
        this.limit = limit;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
