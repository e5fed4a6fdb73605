package dev.portico.integration.inbox;

import dev.portico.crm.event.AccountOpenedEvent;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Receives {@link AccountOpenedEvent}s from the CRM. For now its effect is the inbox record
 * itself; the ERP context will hang its customer mapping on it. A failure rolls the transaction
 * back, and Artemis redelivers the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/CrmAccountEvents")
})
public class AccountOpenedConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AccountOpenedConsumer.class.getName());

    @Inject
    private Inbox inbox;

    @Override
    public void onMessage(Message message) {
        AccountOpenedEvent event;
        try {
            event = AccountOpenedEvent.fromJson(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message " + messageId(message), e);
        }
        if (!inbox.accept(event.messageId(), AccountOpenedEvent.TYPE, Long.toString(event.accountId()), event.occurredAt())) {
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
