package dev.portico.crm.service.internal;

import dev.portico.contract.AccountScope;
import dev.portico.contract.Destinations;
import dev.portico.contract.OrderSubmitted;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Quote;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The CRM's one hand-over to the ERP: a signed quote's {@code OrderSubmitted} on the intake
 * queue, in the caller's JTA transaction (XA over MariaDB and Artemis), so the ERP never gets an
 * order the CRM does not show as signed, nor the reverse. Used by staff signing a quote and by
 * a partner's order being signed (at once or by its approver).
 */
@ApplicationScoped
class OrderHandOver {

    /** As the CRM side: the broker lets only the ERP side consume the intake queue. */
    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ORDER_INTAKE_QUEUE)
    private Queue orderIntake;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** Also wins the quote's opportunity, if it has one still open: a won opportunity always has an order behind it. */
    void send(Quote quote, Instant now) {
        if (quote.getOpportunity() != null) {
            quote.getOpportunity().wonBy(quote, quote.getSignedBy(), now).ifPresent(em::persist);
        }
        OrderSubmitted order = OrderSubmitted.of(quote.getId(), quote.getAccount().getId(), scopeOf(quote.getAccount()), quote.getCurrency(),
                quote.getLines().stream().map(l -> new OrderSubmitted.Line(l.getSku(), l.getQuantity(), l.getUnitPrice())).toList(),
                quote.getSignedBy(), now);
        jms.createProducer().send(orderIntake, order.toJson());
    }

    /** The account's scope attributes travel with the order: the ERP restricts its lists by its own copy of them. */
    private static AccountScope scopeOf(CustomerAccount account) {
        return new AccountScope(account.getTerritory().name(), account.getOwnerUsername(),
                account.getPartnerOrganisation() == null ? null : account.getPartnerOrganisation().getAlias());
    }
}
