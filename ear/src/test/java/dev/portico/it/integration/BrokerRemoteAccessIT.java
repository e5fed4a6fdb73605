package dev.portico.it.integration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Deployments;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker takes no client from outside the server: a core-protocol client that knows the
 * CRM side's (demo) password and tries WildFly's HTTP port, the way WildFly's remote clients
 * connect (HTTP upgrade), gets no connection at all (PORTICO_BROKER_REMOTE=false, the default).
 * Run the suite with PORTICO_BROKER_REMOTE=true and this test fails: the acceptor is back and
 * the password opens a session.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerRemoteAccessIT {

    private static final String HTTP_PORT = System.getProperty("portico.baseUrl").replaceAll(".*:", "");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void aRemoteClientWithTheCrmSidesPasswordGetsNoConnection() throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(
                "tcp://localhost:" + HTTP_PORT + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor")) {
            locator.setCallTimeout(5_000).setConnectionTTL(5_000).setReconnectAttempts(0).setInitialConnectAttempts(1);
            ActiveMQException refused = assertThrows(ActiveMQException.class, () -> {
                try (ClientSessionFactory factory = locator.createSessionFactory()) {
                    factory.createSession("crm-side", "crm-side-demo", false, true, true, false, 1).close();
                }
            });
            assertTrue(refused.getType() != null, refused.toString());
        }
    }
}
