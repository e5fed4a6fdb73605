package dev.portico.integration.crm;

import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import dev.portico.contract.UnprocessableMessageException;
import dev.portico.crm.event.OrderAlertEvent;
import dev.portico.integration.inbox.Inbox;
import dev.portico.integration.monitor.RecordsFailures;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * The CRM's side of the ERP events topic: each event becomes a row of the order timeline and,
 * where it carries money, moves the account's balance view. Exactly-once effect: the message id
 * enters the inbox in the transaction of the effect, so a redelivered or duplicated event is
 * recognised and dropped; a failure rolls everything back and is retried or parked as
 * {@link RecordsFailures} decides (an event about an unknown quote is parked at once). The subscription is durable, so events published while the
 * server is down wait for it; shared, so the pool's sessions split the work. Activates through
 * the CRM side's adapter: the broker lets no other identity subscribe to the topic.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.ERP_EVENTS_TOPIC),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = ErpEventConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "portico-crm"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true")
})
@ResourceAdapter(Destinations.CRM_SIDE_ADAPTER)
@Interceptors(RecordsFailures.class)
public class ErpEventConsumer implements MessageListener {

    /** The durable subscription's name: the CRM's queue on the topic, kept while the CRM is down. */
    public static final String SUBSCRIPTION = "crm-order-timeline";

    private static final Logger LOG = Logger.getLogger(ErpEventConsumer.class.getName());

    @Inject
    private Inbox inbox;

    @Inject
    private Event<OrderAlertEvent> alerts;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public void onMessage(Message message) {
        ErpEvent event;
        try {
            event = ErpEvent.fromJson(message.getBody(String.class));
        } catch (JMSException | RuntimeException e) {
            throw new UnprocessableMessageException("Unreadable ERP event: " + e.getMessage(), e);
        }
        if (!inbox.accept(event.messageId(), ErpEvent.TYPE, Long.toString(event.quoteId()), event.occurredAt(),
                event.type().name(), message)) {
            LOG.fine(() -> "Duplicate " + ErpEvent.TYPE + " " + event.messageId() + " ignored");
            return;
        }
        requireKnown(event);
        em.createNativeQuery("INSERT INTO order_timeline (message_id, quote_id, erp_order_id, crm_account_id, event_type, "
                        + "amount, balance, detail, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, event.messageId())
                .setParameter(2, event.quoteId())
                .setParameter(3, event.erpOrderId())
                .setParameter(4, event.crmAccountId())
                .setParameter(5, event.type().name())
                .setParameter(6, event.amount())
                .setParameter(7, event.balance())
                .setParameter(8, event.detail())
                .setParameter(9, Timestamp.from(event.occurredAt()))
                .executeUpdate();
        // The quote's latest fulfilment step, in the ERP's order: a late redelivery of an older
        // event leaves a newer one in place.
        em.createNativeQuery("UPDATE quote SET fulfilment = ?, fulfilment_at = ? WHERE id = ? "
                        + "AND (fulfilment_at IS NULL OR fulfilment_at <= ?)")
                .setParameter(1, event.type().name())
                .setParameter(2, Timestamp.from(event.occurredAt()))
                .setParameter(3, event.quoteId())
                .setParameter(4, Timestamp.from(event.occurredAt()))
                .executeUpdate();
        updateBalance(event);
        if (OrderAlertEvent.alerts(event.type())) {
            announce(event);
        }
    }

    /**
     * An event about a quote or an account the CRM does not have can never be applied: it is
     * parked for someone to look at, rather than retried or dropped. (The foreign keys of the
     * timeline say the same, but a constraint violation may also be a race that a retry mends.)
     */
    private void requireKnown(ErpEvent event) {
        Object[] known = (Object[]) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM quote WHERE id = ?), "
                        + "(SELECT COUNT(*) FROM customer_account WHERE id = ?)")
                .setParameter(1, event.quoteId())
                .setParameter(2, event.crmAccountId())
                .getSingleResult();
        if (((Number) known[0]).longValue() == 0) {
            throw new UnprocessableMessageException(event.type() + " for quote " + event.quoteId() + ", which the CRM does not have");
        }
        if (((Number) known[1]).longValue() == 0) {
            throw new UnprocessableMessageException(event.type() + " for account " + event.crmAccountId() + ", which the CRM does not have");
        }
    }

    /**
     * An event that states the balance sets it, unless a newer one already did (events may
     * arrive out of order: {@code as_of} is the ERP's time). One that only states an amount
     * moves it: an invoice adds, a payment subtracts. MariaDB evaluates the assignments left to
     * right, so {@code balance} is decided against the old {@code as_of}.
     */
    private void updateBalance(ErpEvent event) {
        if (event.balance() != null) {
            em.createNativeQuery("INSERT INTO account_balance (crm_account_id, balance, as_of) VALUES (?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE balance = IF(VALUES(as_of) >= as_of, VALUES(balance), balance), "
                            + "as_of = GREATEST(as_of, VALUES(as_of)), updated_at = CURRENT_TIMESTAMP(6)")
                    .setParameter(1, event.crmAccountId())
                    .setParameter(2, event.balance())
                    .setParameter(3, Timestamp.from(event.occurredAt()))
                    .executeUpdate();
            return;
        }
        if (event.amount() == null) {
            return;
        }
        BigDecimal delta = switch (event.type()) {
            case INVOICED -> event.amount();
            case PAYMENT_RECEIVED -> event.amount().negate();
            default -> null;
        };
        if (delta != null) {
            em.createNativeQuery("INSERT INTO account_balance (crm_account_id, balance, as_of) VALUES (?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE balance = balance + VALUES(balance), "
                            + "as_of = GREATEST(as_of, VALUES(as_of)), updated_at = CURRENT_TIMESTAMP(6)")
                    .setParameter(1, event.crmAccountId())
                    .setParameter(2, delta)
                    .setParameter(3, Timestamp.from(event.occurredAt()))
                    .executeUpdate();
        }
    }

    /** Fired inside the transaction; observers act only after it commits (AFTER_SUCCESS). */
    private void announce(ErpEvent event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT owner_username, name FROM customer_account WHERE id = ?")
                .setParameter(1, event.crmAccountId())
                .getResultList();
        rows.stream().findFirst().ifPresent(row -> alerts.fire(new OrderAlertEvent((String) row[0], event.crmAccountId(),
                (String) row[1], event.quoteId(), event.type(), event.detail(), event.occurredAt())));
    }
}
