package dev.portico.integration.monitor;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Around a consumer's {@code onMessage}: poison fast, transient patient. A delivery that throws
 * has its reason and {@link FailureKind} written to {@link FailureLog} before the exception goes
 * on to roll the delivery back. A poison message, and one that failed unexpectedly
 * {@link FailureKind#UNEXPECTED_ATTEMPTS} times, is parked in the dead-letter queue right then;
 * when the broker brings it back, it is acknowledged unprocessed. A transient failure is left to
 * the broker's redelivery: a growing delay, no attempt limit (portico.cli) and a jitter of ours, so a
 * deadlock or a database restart never costs a message its automatic processing. The consumer
 * itself stays unaware of all this.
 */
public class RecordsFailures {

    private static final Logger LOG = Logger.getLogger(RecordsFailures.class.getName());
    private static final long MAX_JITTER_MILLIS = 1000;

    @EJB
    private FailureLog failures;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @AroundInvoke
    public Object record(InvocationContext invocation) throws Exception {
        Message message = messageOf(invocation);
        int attempt = message == null ? 1 : attempt(message);
        if (attempt > 1) {
            if (failures.isParked(message.getJMSMessageID())) {
                LOG.fine(() -> "Delivery " + id(message) + " was parked by an earlier attempt: taken off its queue");
                return null;
            }
            jitter(attempt);
        }
        try {
            Object result = invocation.proceed();
            // What the consumer left for the commit fails here, where it can be classified, not in the commit.
            em.flush();
            return result;
        } catch (Exception | Error failure) {
            if (message != null) {
                handle(message, attempt, failure);
            }
            throw failure;
        }
    }

    /** Never lets a problem with the record hide the delivery's own failure. */
    private void handle(Message message, int attempt, Throwable failure) {
        FailureKind kind = FailureKind.of(failure);
        String reason = FailureLog.reasonOf(failure);
        try {
            if (kind.parks(attempt)) {
                failures.park(message, attempt, kind, reason);
                LOG.warning(() -> "Delivery " + id(message) + " parked in the DLQ after attempt " + attempt + " (" + kind + "): " + reason);
            } else {
                failures.record(message, attempt, kind, reason);
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the failure of delivery " + id(message), e);
        }
    }

    /**
     * Messages that failed together (two deadlock victims, a batch that met a restarting
     * database) would come back together, since the broker's delay is the same for all of them,
     * and meet again. A random wait of up to a second before a redelivered attempt starts, while
     * it holds no lock yet, spreads them out.
     */
    private static void jitter(int attempt) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(Math.min(MAX_JITTER_MILLIS, 200L * (attempt - 1)) + 1));
    }

    private static Message messageOf(InvocationContext invocation) {
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof Message message) {
                return message;
            }
        }
        return null;
    }

    private static int attempt(Message message) throws JMSException {
        return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
    }

    private static String id(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
