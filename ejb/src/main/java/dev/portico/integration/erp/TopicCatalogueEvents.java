package dev.portico.integration.erp;

import dev.portico.contract.CatalogueEvent;
import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import dev.portico.erp.port.CatalogueEvents;
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
 * Publishes catalogue events on the {@code ErpCatalogue} topic, persistent, the kind as the
 * message's event-type property (the integration monitor's flow name). MANDATORY, as for order
 * events: a price announced outside the transaction of its change could then roll back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TopicCatalogueEvents implements CatalogueEvents {

    @Inject
    @JMSConnectionFactory(Destinations.ERP_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ERP_CATALOGUE_TOPIC)
    private Topic topic;

    @Override
    public void publish(CatalogueEvent event) {
        jms.createProducer()
                .setProperty(ErpEvent.TYPE_PROPERTY, event.kind().flow())
                .send(topic, event.toJson());
    }
}
