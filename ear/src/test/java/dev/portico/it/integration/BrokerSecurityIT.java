package dev.portico.it.integration;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.portico.contract.Destinations;
import dev.portico.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Topic;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker's own security, tried from inside the server with each side's factory (its
 * configured credentials), with none and with a wrong password: only a destination's side may
 * consume it, only its sender's side may send to it, dead letters are integration operations'.
 * The flow tests (ErpOrderIntakeIT, QuotesIT, OrderTimelineIT, OrderFlowIT) show each side still
 * does its own part.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerSecurityIT {

    /** A consumer that can match nothing: its creation is what the broker checks, and it steals no message. */
    private static final String NO_MESSAGE = "JMSMessageID = 'ID:no-such-message'";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(BrokerSecurityIT.class);
    }

    @Resource(lookup = Destinations.CRM_SIDE_FACTORY)
    private ConnectionFactory crmSide;

    @Resource(lookup = Destinations.ERP_SIDE_FACTORY)
    private ConnectionFactory erpSide;

    @Resource(lookup = Destinations.OPERATIONS_FACTORY)
    private ConnectionFactory operations;

    /** WildFly's plain in-VM factory, which carries no credentials. */
    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory noCredentials;

    /** WildFly's default pooled factory (also behind an unqualified {@code @Inject JMSContext}): the role-less recovery identity. */
    @Resource(lookup = "java:/JmsXA")
    private ConnectionFactory defaultPooled;

    @Resource(lookup = Destinations.ORDER_INTAKE_QUEUE)
    private Queue orderIntake;

    @Resource(lookup = Destinations.ACCOUNT_EVENTS_QUEUE)
    private Queue accountEvents;

    @Resource(lookup = Destinations.ERP_EVENTS_TOPIC)
    private Topic erpEvents;

    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    private Queue deadLetters;

    @Test
    void theCrmSideCannotConsumeWhatItSendsToTheErp() {
        try (JMSContext crm = crmSide.createContext()) {
            assertRefused(() -> crm.createConsumer(orderIntake, NO_MESSAGE).receiveNoWait());
            assertRefused(() -> crm.createConsumer(accountEvents, NO_MESSAGE).receiveNoWait());
        }
    }

    @Test
    void theErpSideCannotSubscribeToItsOwnEventsNorTheCrmForgeThem() {
        try (JMSContext erp = erpSide.createContext()) {
            assertRefused(() -> erp.createConsumer(erpEvents).receiveNoWait());
            assertRefused(() -> erp.createSharedDurableConsumer(erpEvents, "erp-spy").receiveNoWait());
        }
        try (JMSContext crm = crmSide.createContext()) {
            assertRefused(() -> crm.createProducer().send(erpEvents, "{\"type\":\"erp.OrderEvent\"}"));
        }
        try (JMSContext erp = erpSide.createContext()) {
            assertRefused(() -> erp.createProducer().send(orderIntake, "{\"type\":\"crm.OrderSubmitted\"}"));
        }
    }

    @Test
    void neitherSideReadsTheDeadLettersNorPutsOneThere() {
        for (ConnectionFactory side : new ConnectionFactory[] {crmSide, erpSide}) {
            try (JMSContext context = side.createContext()) {
                // Parking is integration operations' (FailureLog): a side planting a "dead letter"
                // could have an operator replay a forged order.
                assertRefused(() -> context.createProducer().send(deadLetters, "{\"type\":\"crm.OrderSubmitted\"}"));
                assertRefused(() -> context.createConsumer(deadLetters, NO_MESSAGE).receiveNoWait());
                assertRefused(() -> {
                    try (QueueBrowser browser = context.createBrowser(deadLetters)) {
                        browser.getEnumeration().hasMoreElements();
                    }
                });
            }
        }
    }

    @Test
    void noCredentialsOrAWrongPasswordGetNothing() {
        assertRefused(() -> {
            try (JMSContext anonymous = noCredentials.createContext()) {
                anonymous.createConsumer(orderIntake, NO_MESSAGE).receiveNoWait();
            }
        });
        assertRefused(() -> {
            try (JMSContext impostor = noCredentials.createContext("erp-side", "not-the-password")) {
                impostor.createConsumer(orderIntake, NO_MESSAGE).receiveNoWait();
            }
        });
    }

    /** Operations put parked letters back (send) and read the DLQ; they never take a side's messages. */
    @Test
    void theOperationsIdentityMayReplayButNotTakeASidesMessages() {
        try (JMSContext ops = operations.createContext()) {
            assertRefused(() -> ops.createConsumer(orderIntake, NO_MESSAGE).receiveNoWait());
            assertRefused(() -> ops.createConsumer(accountEvents, NO_MESSAGE).receiveNoWait());
            assertRefused(() -> ops.createConsumer(erpEvents).receiveNoWait());
            assertRefused(() -> ops.createSharedDurableConsumer(erpEvents, "ops-spy").receiveNoWait());
        }
    }

    @Test
    void theDefaultFactoryMayNeitherSendNorConsume() {
        for (Queue queue : new Queue[] {orderIntake, accountEvents}) {
            assertRefused(() -> {
                try (JMSContext recovery = defaultPooled.createContext()) {
                    recovery.createConsumer(queue, NO_MESSAGE).receiveNoWait();
                }
            });
        }
        assertRefused(() -> {
            try (JMSContext recovery = defaultPooled.createContext()) {
                recovery.createProducer().send(deadLetters, "{\"forged\":true}");
            }
        });
        assertRefused(() -> {
            try (JMSContext recovery = defaultPooled.createContext()) {
                recovery.createProducer().send(orderIntake, "{\"forged\":true}");
            }
        });
        assertRefused(() -> {
            try (JMSContext recovery = defaultPooled.createContext()) {
                recovery.createConsumer(deadLetters, NO_MESSAGE).receiveNoWait();
            }
        });
        assertRefused(() -> {
            try (JMSContext recovery = defaultPooled.createContext()) {
                recovery.createConsumer(erpEvents, NO_MESSAGE).receiveNoWait();
            }
        });
    }

    @Test
    void eachSideMayDoItsOwnPart() throws Exception {
        try (JMSContext erp = erpSide.createContext(); JMSConsumer intake = erp.createConsumer(orderIntake, NO_MESSAGE)) {
            assertNull(intake.receiveNoWait());
        }
        try (JMSContext crm = crmSide.createContext(); JMSConsumer events = crm.createConsumer(erpEvents, NO_MESSAGE)) {
            assertNull(events.receiveNoWait());
        }
        try (JMSContext ops = operations.createContext(); QueueBrowser browser = ops.createBrowser(deadLetters)) {
            browser.getEnumeration().hasMoreElements();
        }
    }

    private interface BrokerCall {
        void run() throws Exception;
    }

    /** Refused by the broker's security: a JMS security exception somewhere in the chain, nothing else. */
    private static void assertRefused(BrokerCall call) {
        try {
            call.run();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof jakarta.jms.JMSSecurityException || t instanceof jakarta.jms.JMSSecurityRuntimeException) {
                    return;
                }
            }
            throw new AssertionError("refused, but not by the broker's security", e);
        }
        fail("the broker allowed it");
    }
}
