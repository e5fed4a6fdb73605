package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.Contact;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Lead;
import dev.portico.crm.domain.LeadSource;
import dev.portico.crm.domain.Opportunity;
import dev.portico.crm.domain.Stage;
import dev.portico.crm.service.LeadFilter;
import dev.portico.crm.service.LeadSummary;
import dev.portico.crm.service.Leads;
import dev.portico.crm.service.NewLead;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.Qualification;
import dev.portico.crm.service.QualifiedLead;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff's side of leads. Every method asks for its permission and reads the lead through its
 * scope (TERRITORY for reps, ALL for the sales manager), so a lead outside it is never loaded.
 * Partners hold {@code leads:edit} over their organisation to register: the staff steps here
 * (the inbox, qualify, disqualify, contact, enter) refuse a partner's identity outright: a
 * partner's view of a lead is {@link dev.portico.crm.partner.PartnerRegistration}, never this one.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultLeads implements Leads {

    static final Permission VIEW = Permission.of("leads", Action.VIEW);
    static final Permission EDIT = Permission.of("leads", Action.EDIT);
    static final Permission APPROVE = Permission.of("leads", Action.APPROVE);

    static final String SELECT_SUMMARY = "SELECT NEW dev.portico.crm.service.LeadSummary(l.id, l.company, l.contactName, "
            + "l.contactEmail, l.territory, l.source, l.ownerUsername, lp.name, l.registration, l.status, l.disqualifyReason, "
            + "l.estimatedAmount, l.currency, l.createdAt, la.id)" + CrmScopes.FROM_LEAD;

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public LeadSummary create(NewLead request) {
        ScopeGrant grant = StaffSteps.require(guard, EDIT);
        String owner = request.owner() == null || request.owner().isBlank() ? grant.caller().username() : request.owner().strip();
        if (!grant.covers(request.territory().name(), owner, null)) {
            throw new AccessDeniedException(grant.caller().username(), EDIT);
        }
        Lead lead = Lead.entered(request.company(), request.contactName(), request.contactEmail(), request.contactPhone(), request.city(),
                request.country(), request.territory(), request.source() == null ? LeadSource.OTHER : request.source(), owner,
                request.estimatedAmount(), currency(request.currency()), request.notes(), grant.caller().username(), clock.instant());
        em.persist(lead);
        em.flush();
        return summary(lead.getId(), grant);
    }

    @Override
    public List<LeadSummary> list(LeadFilter filter, PageRequest page) {
        return filtered(filter).select(SELECT_SUMMARY, "l.createdAt DESC, l.id DESC", LeadSummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public List<LeadSummary> listAfter(LeadFilter filter, long afterId, int limit) {
        return filtered(filter).and("l.id > :afterId", "afterId", afterId).select(SELECT_SUMMARY, "l.id", LeadSummary.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private ScopedQuery filtered(LeadFilter filter) {
        ScopedQuery query = scoped.of(StaffSteps.require(guard, VIEW), CrmScopes.LEAD)
                .and("l.status = :status", "status", filter.status())
                .and("l.registration = :registration", "registration", filter.registration())
                .and("l.ownerUsername = :owner", "owner", filter.owner() == null || filter.owner().isBlank() ? null : filter.owner().strip());
        return filter.unassigned() ? query.and("l.ownerUsername IS NULL") : query;
    }

    @Override
    public Optional<LeadSummary> find(long id) {
        return scoped.of(StaffSteps.require(guard, VIEW), CrmScopes.LEAD).findInScope(SELECT_SUMMARY, id, LeadSummary.class);
    }

    @Override
    public LeadSummary contacted(long id) {
        ScopeGrant grant = StaffSteps.require(guard, EDIT);
        load(grant, id).contacted();
        return summary(id, grant);
    }

    @Override
    public QualifiedLead qualify(long id, Qualification q) {
        ScopeGrant grant = StaffSteps.require(guard, EDIT);
        Lead lead = load(grant, id);
        Instant now = clock.instant();
        String owner = lead.getOwnerUsername() == null ? grant.caller().username() : lead.getOwnerUsername();
        // The account is opened here, not through CustomerAccounts.open: a prospect born of a lead
        // is the CRM's alone, so no AccountOpened goes to the ERP (its first signed quote makes it a customer there).
        CustomerAccount account = CustomerAccount.prospect(lead.getCompany(), lead.getTerritory(), owner, lead.getPartnerOrganisation(),
                lead.getCity(), lead.getCountry(), now);
        em.persist(account);
        lead.qualified(account, now);
        Contact contact = Contact.of(account, lead.getContactName(), lead.getContactEmail(), lead.getContactPhone());
        em.persist(contact);
        Opportunity opportunity = Opportunity.open(account, q.opportunityName(), owner, q.stage() == null ? Stage.QUALIFICATION : q.stage(),
                q.amount(), lead.getCurrency(), q.closeDate(), lead, now);
        em.persist(opportunity);
        em.persist(opportunity.opened(grant.caller().username(), now));
        // Flush inside the call: a concurrent second qualification fails here on the lead's version.
        em.flush();
        return new QualifiedLead(lead.getId(), account.getId(), contact.getId(), opportunity.getId());
    }

    @Override
    public LeadSummary disqualify(long id, String reason) {
        ScopeGrant grant = StaffSteps.require(guard, EDIT);
        load(grant, id).disqualify(reason);
        return summary(id, grant);
    }

    @Override
    public LeadSummary decideRegistration(long id, boolean accept, String owner, String note) {
        ScopeGrant grant = StaffSteps.require(guard, APPROVE);
        Lead lead = load(grant, id);
        lead.decideRegistration(accept, owner == null || owner.isBlank() ? grant.caller().username() : owner.strip(), note);
        return summary(id, grant);
    }

    private Lead load(ScopeGrant grant, long id) {
        return scoped.of(grant, CrmScopes.LEAD).findInScope("SELECT l" + CrmScopes.FROM_LEAD, id, Lead.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.LEAD.recordType(), id));
    }

    private LeadSummary summary(long id, ScopeGrant grant) {
        em.flush();
        return scoped.of(grant, CrmScopes.LEAD).findInScope(SELECT_SUMMARY, id, LeadSummary.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.LEAD.recordType(), id));
    }

    static String currency(String requested) {
        return requested == null || requested.isBlank() ? "EUR" : requested.strip().toUpperCase(Locale.ROOT);
    }
}
