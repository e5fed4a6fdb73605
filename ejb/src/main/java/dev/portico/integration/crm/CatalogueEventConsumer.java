package dev.portico.integration.crm;

import dev.portico.contract.CatalogueEvent;
import dev.portico.contract.Destinations;
import dev.portico.contract.UnprocessableMessageException;
import dev.portico.integration.inbox.Inbox;
import dev.portico.integration.monitor.RecordsFailures;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * The CRM's side of the catalogue topic: each event sets the CRM's price list ({@code crm_price})
 * unless a newer one already did, and marks every open draft of a direct customer that has a line
 * of the product written at another list price (before any discount), for its owner to see; a
 * discontinued product marks every open draft holding it. Exactly once as for order events: the
 * message id enters the inbox in the transaction of the effect. A durable shared subscription,
 * through the CRM side's adapter, like {@link ErpEventConsumer}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.ERP_CATALOGUE_TOPIC),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = CatalogueEventConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "portico-crm-prices"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true")
})
@ResourceAdapter(Destinations.CRM_SIDE_ADAPTER)
@Interceptors(RecordsFailures.class)
public class CatalogueEventConsumer implements MessageListener {

    public static final String SUBSCRIPTION = "crm-price-list";

    private static final Logger LOG = Logger.getLogger(CatalogueEventConsumer.class.getName());

    @Inject
    private Inbox inbox;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public void onMessage(Message message) {
        CatalogueEvent event;
        try {
            event = CatalogueEvent.fromJson(message.getBody(String.class));
        } catch (JMSException | RuntimeException e) {
            throw new UnprocessableMessageException("Unreadable catalogue event: " + e.getMessage(), e);
        }
        if (!inbox.accept(event.messageId(), CatalogueEvent.TYPE, event.sku(), event.occurredAt(), event.kind().flow(), message)) {
            LOG.fine(() -> "Duplicate " + CatalogueEvent.TYPE + " " + event.messageId() + " ignored");
            return;
        }
        Timestamp at = Timestamp.from(event.occurredAt());
        boolean discontinued = event.kind() == CatalogueEvent.Kind.PRODUCT_DISCONTINUED;
        // Newer wins: MariaDB evaluates the assignments left to right, so each is decided against the
        // old as_of. An event other than a discontinuation puts the product (back) on sale.
        em.createNativeQuery("INSERT INTO crm_price (sku, name, unit_price, currency, as_of, discontinued_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE name = IF(VALUES(as_of) >= as_of, VALUES(name), name), "
                        + "unit_price = IF(VALUES(as_of) >= as_of, VALUES(unit_price), unit_price), "
                        + "currency = IF(VALUES(as_of) >= as_of, VALUES(currency), currency), "
                        + "discontinued_at = IF(VALUES(as_of) >= as_of, VALUES(discontinued_at), discontinued_at), "
                        + "as_of = GREATEST(as_of, VALUES(as_of)), updated_at = CURRENT_TIMESTAMP(6)")
                .setParameter(1, event.sku())
                .setParameter(2, event.name())
                .setParameter(3, event.unitPrice())
                .setParameter(4, event.currency())
                .setParameter(5, at)
                .setParameter(6, discontinued ? at : null)
                .executeUpdate();
        if (discontinued) {
            // Every open draft holding it, a partner's customer's too: nobody can buy it any more.
            em.createNativeQuery("INSERT IGNORE INTO quote_price_change (quote_id, sku, old_price, new_price, currency, message_id, changed_at) "
                            + "SELECT q.id, l.sku, MIN(COALESCE(l.list_price, l.unit_price)), NULL, q.currency, ?, ? FROM quote q "
                            + "JOIN quote_line l ON l.quote_id = q.id JOIN crm_price c ON c.sku = l.sku "
                            + "WHERE q.status = 'DRAFT' AND l.sku = ? AND c.as_of = ? GROUP BY q.id, l.sku, q.currency")
                    .setParameter(1, event.messageId())
                    .setParameter(2, at)
                    .setParameter(3, event.sku())
                    .setParameter(4, at)
                    .executeUpdate();
        } else if (event.kind() == CatalogueEvent.Kind.PRICE_CHANGED) {
            // Drafts of direct customers priced otherwise: a partner's customer buys at the partner's agreed price.
            em.createNativeQuery("INSERT IGNORE INTO quote_price_change (quote_id, sku, old_price, new_price, currency, message_id, changed_at) "
                            + "SELECT q.id, l.sku, MIN(COALESCE(l.list_price, l.unit_price)), ?, q.currency, ?, ? FROM quote q "
                            + "JOIN quote_line l ON l.quote_id = q.id JOIN customer_account a ON a.id = q.account_id "
                            + "JOIN crm_price c ON c.sku = l.sku "
                            + "WHERE q.status = 'DRAFT' AND l.sku = ? AND q.currency = ? AND a.partner_organisation_id IS NULL "
                            + "AND COALESCE(l.list_price, l.unit_price) <> ? AND c.as_of = ? GROUP BY q.id, l.sku, q.currency")
                    .setParameter(1, event.unitPrice())
                    .setParameter(2, event.messageId())
                    .setParameter(3, at)
                    .setParameter(4, event.sku())
                    .setParameter(5, event.currency())
                    .setParameter(6, event.unitPrice())
                    .setParameter(7, at)
                    .executeUpdate();
        }
    }
}
