package dev.portico.integration.monitor;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** Reading a queue without taking from it, and what a dead letter carries besides its body. */
final class BrowsedQueue {

    /** Set by the broker on a dead letter: the address it was sent to. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    interface Visitor {
        void visit(Message message) throws JMSException;
    }

    private BrowsedQueue() {
    }

    static void forEach(JMSContext context, Queue queue, Visitor visitor) {
        try (QueueBrowser browser = context.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            int seen = 0;
            while (messages.hasMoreElements() && seen++ < DestinationDepth.CAP) {
                visitor.visit((Message) messages.nextElement());
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("Browsing " + queue + " failed: " + e.getMessage(), e.getErrorCode(), e);
        }
    }

    static long count(JMSContext context, Queue queue) {
        long[] count = {0};
        forEach(context, queue, message -> count[0]++);
        return count[0];
    }

    static String originalQueue(Message message) throws JMSException {
        String queue = message.getStringProperty(ORIGINAL_QUEUE);
        return queue != null ? queue : String.valueOf(message.getStringProperty(ORIGINAL_ADDRESS));
    }

    /** Every property, the broker's included, as one JSON object: for the operator, not for replay. */
    static String propertiesOf(Message message) throws JMSException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String name : names(message)) {
            json.add(name, String.valueOf(message.getObjectProperty(name)));
        }
        json.add("JMSTimestamp", message.getJMSTimestamp());
        return json.build().toString();
    }

    /**
     * The sender's own properties; the broker's ({@code _AMQ_*}), JMS-defined ({@code JMSX*}) and
     * parking ({@code porticoPark*}) ones stay behind.
     */
    static void copyApplicationProperties(Message from, Message to) throws JMSException {
        for (String name : names(from)) {
            if (!name.startsWith("_AMQ") && !name.startsWith("JMSX") && !name.startsWith("__AMQ") && !name.startsWith("porticoPark")) {
                to.setObjectProperty(name, from.getObjectProperty(name));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Message message) throws JMSException {
        return Collections.list((Enumeration<String>) message.getPropertyNames());
    }
}
