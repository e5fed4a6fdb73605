package dev.portico.crm.service.internal;

import dev.portico.access.domain.Organisation;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.Lead;
import dev.portico.crm.domain.LeadStatus;
import dev.portico.crm.domain.Registration;
import dev.portico.crm.partner.NewRegistration;
import dev.portico.crm.partner.PartnerRegistration;
import dev.portico.crm.partner.PartnerRegistrations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Deal registration for partners. The lead is read through the ORGANISATION scope (the
 * registering partner), and what goes back is a {@link PartnerRegistration}: the partner's own
 * entries and the decision, never the lead's owner, source, notes or account.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultPartnerRegistrations implements PartnerRegistrations {

    private static final String SELECT = "SELECT l.id, l.company, l.contactName, l.estimatedAmount, l.currency, l.registration, "
            + "l.status, l.registrationNote, l.createdAt, l.createdBy" + CrmScopes.FROM_LEAD;

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public PartnerRegistration register(NewRegistration request) {
        ScopeGrant grant = guard.require(DefaultLeads.EDIT);
        if (grant.caller().organisations().isEmpty()) {
            // staff enter leads in the inbox; a registration is a partner's
            throw new AccessDeniedException(grant.caller().username(), DefaultLeads.EDIT);
        }
        Organisation partner = em.createQuery("SELECT o FROM Organisation o WHERE o.alias = :alias", Organisation.class)
                .setParameter("alias", grant.caller().organisations().get(0))
                .getSingleResult();
        Instant now = clock.instant();
        Lead lead = Lead.registered(partner, request.company(), request.contactName(), request.contactEmail(), request.contactPhone(),
                request.city(), request.country(), request.territory(), request.estimatedAmount(), "EUR", request.notes(),
                grant.caller().username(), now);
        em.persist(lead);
        em.flush();
        return mine(grant).stream().filter(r -> r.id() == lead.getId()).findFirst().orElseThrow();
    }

    @Override
    public List<PartnerRegistration> mine() {
        return mine(guard.require(DefaultLeads.VIEW));
    }

    private List<PartnerRegistration> mine(ScopeGrant grant) {
        if (grant.caller().organisations().isEmpty()) {
            return List.of();
        }
        return scoped.of(grant, CrmScopes.LEAD)
                // a partner's list is its registrations, whatever else the scope might reach
                .and("lp.alias IN :mine", "mine", grant.caller().organisations())
                .select(SELECT, "l.createdAt DESC, l.id DESC", Object[].class)
                .setMaxResults(MAX_LISTED)
                .getResultList()
                .stream()
                .map(r -> new PartnerRegistration((Long) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4],
                        state((Registration) r[5], (LeadStatus) r[6]), (String) r[7], (Instant) r[8], (String) r[9]))
                .toList();
    }

    /** The partner's words for where it stands: converted once the company qualified it. */
    private static String state(Registration registration, LeadStatus status) {
        if (status == LeadStatus.QUALIFIED) {
            return "Converted";
        }
        return switch (registration) {
            case PENDING -> "Pending";
            case ACCEPTED -> "Accepted";
            case REJECTED -> "Rejected";
        };
    }
}
