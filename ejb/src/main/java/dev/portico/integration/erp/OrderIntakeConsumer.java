package dev.portico.integration.erp;

import dev.portico.contract.Destinations;
import dev.portico.contract.OrderSubmitted;
import dev.portico.contract.UnprocessableMessageException;
import dev.portico.erp.port.IntakeOutcome;
import dev.portico.erp.port.OrderIntake;
import dev.portico.integration.inbox.Inbox;
import dev.portico.integration.monitor.Flows;
import dev.portico.integration.monitor.RecordsFailures;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Takes signed orders off the intake queue into the ERP, once each: the message id goes into the
 * inbox in the same transaction as the order, and the ERP ignores a second message for a quote
 * that already has an order. Anything thrown rolls all of it back, and Artemis redelivers.
 * Runs as {@link OrderIntake#ROLE}, the only role the ERP takes orders from. {@code @PermitAll}
 * because a bean with a run-as identity counts as secured, and WildFly denies its unannotated
 * {@code onMessage} to the resource adapter otherwise. Activates through the ERP side's adapter:
 * the broker lets no other identity consume the intake queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.ORDER_INTAKE_QUEUE)
})
@ResourceAdapter(Destinations.ERP_SIDE_ADAPTER)
@Interceptors(RecordsFailures.class)
@PermitAll
@RunAs(OrderIntake.ROLE)
@RunAsPrincipal("erp-intake")
public class OrderIntakeConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OrderIntakeConsumer.class.getName());

    @Inject
    private Inbox inbox;

    @EJB
    private OrderIntake intake;

    @Override
    public void onMessage(Message message) {
        OrderSubmitted order = read(message);
        if (!inbox.accept(order.messageId(), OrderSubmitted.TYPE, Long.toString(order.quoteId()), order.signedAt(),
                Flows.ORDER_SUBMITTED, message)) {
            LOG.fine(() -> "Duplicate " + OrderSubmitted.TYPE + " " + order.messageId() + " ignored");
            return;
        }
        IntakeOutcome outcome = intake.submit(order);
        LOG.fine(() -> "Quote " + order.quoteId() + ": " + outcome);
    }

    /** An unreadable message can never succeed: it is parked in the DLQ at its first attempt. */
    private static OrderSubmitted read(Message message) {
        try {
            return OrderSubmitted.fromJson(message.getBody(String.class));
        } catch (JMSException | RuntimeException e) {
            throw new UnprocessableMessageException("Unreadable " + OrderSubmitted.TYPE + " message " + jmsId(message) + ": " + e.getMessage(), e);
        }
    }

    private static String jmsId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
