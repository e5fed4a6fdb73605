package dev.portico.integration.monitor;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Around a consumer's {@code onMessage}: a delivery that throws has its reason written to
 * {@link FailureLog} before the exception goes on to roll the delivery back (and the broker to
 * redeliver or park it). The consumer itself stays unaware of the monitor.
 */
public class RecordsFailures {

    private static final Logger LOG = Logger.getLogger(RecordsFailures.class.getName());

    @EJB
    private FailureLog failures;

    @AroundInvoke
    public Object record(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception | Error failure) {
            for (Object parameter : invocation.getParameters()) {
                if (parameter instanceof Message message) {
                    record(message, failure);
                }
            }
            throw failure;
        }
    }

    /** Never lets a problem with the record hide the delivery's own failure. */
    private void record(Message message, Throwable failure) {
        try {
            failures.record(message.getJMSMessageID(), Flows.of(message), Flows.destinationName(message.getJMSDestination()),
                    message.getIntProperty("JMSXDeliveryCount"), FailureLog.reasonOf(failure));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the failure of a delivery", e);
        }
    }
}
