package dev.portico.integration.inbox;

import dev.portico.contract.Destinations;
import dev.portico.contract.UnprocessableMessageException;
import dev.portico.crm.event.AccountOpenedEvent;
import dev.portico.integration.monitor.Flows;
import dev.portico.integration.monitor.RecordsFailures;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Receives {@link AccountOpenedEvent}s from the CRM. For now its effect is the inbox record
 * itself; the ERP context will hang its customer mapping on it. A failure rolls the transaction
 * back, and Artemis redelivers the message. The ERP's side of the queue: activates as
 * {@code erp-side}, the only identity the broker lets consume it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.ACCOUNT_EVENTS_QUEUE)
})
@ResourceAdapter(Destinations.ERP_SIDE_ADAPTER)
@Interceptors(RecordsFailures.class)
public class AccountOpenedConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AccountOpenedConsumer.class.getName());

    @Inject
    private Inbox inbox;

    @Override
    public void onMessage(Message message) {
        AccountOpenedEvent event;
        try {
            event = AccountOpenedEvent.fromJson(message.getBody(String.class));
        } catch (JMSException | RuntimeException e) {
            throw new UnprocessableMessageException("Unreadable message " + messageId(message) + ": " + e.getMessage(), e);
        }
        if (!inbox.accept(event.messageId(), AccountOpenedEvent.TYPE, Long.toString(event.accountId()), event.occurredAt(),
                Flows.ACCOUNT_OPENED, message)) {
            LOG.fine(() -> "Duplicate " + AccountOpenedEvent.TYPE + " " + event.messageId() + " ignored");
        }
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
