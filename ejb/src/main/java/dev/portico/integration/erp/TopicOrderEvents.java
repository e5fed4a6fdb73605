package dev.portico.integration.erp;

import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import dev.portico.erp.port.OrderEvents;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/**
 * Publishes ERP events on the {@code ErpEvents} topic, persistent, with the event type as a
 * message property so CRM subscribers can select by it. MANDATORY: an event sent outside the
 * transaction of its change could announce something that then rolls back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TopicOrderEvents implements OrderEvents {

    /** As the ERP side, container-managed: joins the caller's JTA transaction (XA with the datasource). */
    @Inject
    @JMSConnectionFactory(Destinations.ERP_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ERP_EVENTS_TOPIC)
    private Topic topic;

    @Override
    public void publish(ErpEvent event) {
        jms.createProducer()
                .setProperty(ErpEvent.TYPE_PROPERTY, event.type().name())
                .send(topic, event.toJson());
    }
}
