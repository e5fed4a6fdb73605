package dev.portico.integration.monitor;

import dev.portico.contract.ErpEvent;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

/**
 * Names the flow a message belongs to, as the monitor groups them: {@code OrderSubmitted}, each
 * {@code ErpEventType}, {@code AccountOpened}. Read from the message itself, so it works for a
 * message nobody could parse.
 */
public final class Flows {

    public static final String ORDER_SUBMITTED = "OrderSubmitted";
    public static final String ACCOUNT_OPENED = "AccountOpened";

    private Flows() {
    }

    /** @param destination a queue or topic name, with or without the broker's {@code jms.queue.} prefix */
    public static String of(String destination, String erpEventType) {
        if (erpEventType != null && !erpEventType.isBlank()) {
            return erpEventType;
        }
        if (destination == null) {
            return "unknown";
        }
        if (destination.endsWith("ErpOrderIntake")) {
            return ORDER_SUBMITTED;
        }
        if (destination.endsWith("CrmAccountEvents")) {
            return ACCOUNT_OPENED;
        }
        return destination;
    }

    public static String of(Message message) throws JMSException {
        return of(destinationName(message.getJMSDestination()), message.getStringProperty(ErpEvent.TYPE_PROPERTY));
    }

    public static String destinationName(Destination destination) throws JMSException {
        if (destination instanceof Queue queue) {
            return queue.getQueueName();
        }
        if (destination instanceof Topic topic) {
            return topic.getTopicName();
        }
        return String.valueOf(destination);
    }
}
