package dev.portico.it.support;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The broker's own counters, read in the server through WildFly's management model (the jmx
 * subsystem exposes it as {@code jboss.as:…} MBeans), so that a test proves absence by counting
 * instead of waiting to see whether something arrives:
 * <ul>
 *   <li>a message sent in a transaction is added to its destination when the transaction
 *       commits, before {@code commit} returns: right after a use case returns,
 *       {@link #messagesAdded} tells whether it sent anything;</li>
 *   <li>a destination's message count includes the messages being delivered and falls only when
 *       a consumer's transaction (its effect and its acknowledgement) commits: once
 *       {@link #awaitDrained} returns, every message sent before has been applied, duplicates and
 *       redeliveries included, and what a duplicate would have done would show.</li>
 * </ul>
 * In-container tests only; pass this class to {@code Deployments.porticoWithTests}.
 */
public final class Broker {

    /** The destinations of {@code config/wildfly/portico.cli}, as its resources are named. */
    public static final String ORDER_INTAKE = "jms-queue=ErpOrderIntake";
    public static final String ACCOUNT_EVENTS = "jms-queue=CrmAccountEvents";
    public static final String ERP_EVENTS = "jms-topic=ErpEvents";

    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    private Broker() {
    }

    /** How many messages the destination has taken in since the server started. */
    public static long messagesAdded(String destination) {
        return counter(destination, "messagesAdded");
    }

    /**
     * {@link #messagesAdded} once it reaches {@code expected}, or what it is after five seconds: the
     * broker's counter can trail a committed send by a moment (seen once on CI), which a test
     * asserting "one message, committed with the signature" must not mistake for no message.
     */
    public static long awaitMessagesAdded(String destination, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        long added = messagesAdded(destination);
        while (added < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            added = messagesAdded(destination);
        }
        return added;
    }

    /** Waits until no message is left on the destination, in delivery or waiting; fails after a minute. */
    public static void awaitDrained(String destination) throws InterruptedException {
        Instant deadline = Instant.now().plus(DRAIN_LIMIT);
        while (counter(destination, "messageCount") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(destination + " still holds " + counter(destination, "messageCount") + " messages");
            }
            Thread.sleep(100);
        }
    }

    private static long counter(String destination, String attribute) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName("jboss.as:subsystem=messaging-activemq,server=default," + destination);
            return ((Number) server.getAttribute(name, attribute)).longValue();
        } catch (JMException e) {
            throw new IllegalStateException("no " + attribute + " for " + destination, e);
        }
    }
}
