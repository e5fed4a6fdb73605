package dev.portico.crm.service.internal;

import dev.portico.crm.domain.PurchaseLimit;
import dev.portico.crm.domain.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** A buyer's purchase limit within the organisation serving the quote's customer; none set: no limit. */
@ApplicationScoped
class PurchaseLimits {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    Optional<PurchaseLimit> of(long organisationId, String username) {
        return em.createQuery("SELECT l FROM PurchaseLimit l WHERE l.organisationId = :org AND l.username = :user", PurchaseLimit.class)
                .setParameter("org", organisationId)
                .setParameter("user", username)
                .getResultStream().findFirst();
    }

    /** Whether {@code buyer} may sign {@code quote} without an approver. */
    boolean allows(Quote quote, String buyer) {
        if (quote.getAccount().getPartnerOrganisation() == null) {
            return false;
        }
        return of(quote.getAccount().getPartnerOrganisation().getId(), buyer)
                .map(limit -> limit.allows(quote.getTotal(), quote.getCurrency()))
                .orElse(true);
    }
}
