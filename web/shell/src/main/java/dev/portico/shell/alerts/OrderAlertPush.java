package dev.portico.shell.alerts;

import dev.portico.crm.event.OrderAlertEvent;
import dev.portico.shell.security.OidcSettings;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Pushes an order alert to every open page of the account's owner in this portal, through the
 * Faces websocket each page opens ({@code shell/layout.xhtml}). Observed after the consumer's
 * transaction committed: an event that rolled back (and will be redelivered) is never shown,
 * and one that is shown is on the timeline. A user with no open page simply gets nothing here;
 * the alert stays on the account's timeline.
 * <p>
 * Both portal WARs carry this bean and Weld notifies the observers of every module of the EAR,
 * while Mojarra's registry of open sockets is application-wide: pushing from both would show
 * every alert twice. Account owners are staff, so the internal portal's bean alone pushes.
 */
@ApplicationScoped
public class OrderAlertPush {

    /** The websocket channel of {@code shell/layout.xhtml}. */
    public static final String CHANNEL = "portico-alerts";

    private static final Logger LOG = Logger.getLogger(OrderAlertPush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    private PushContext alerts;

    /** This bean's own portal, learnt when its web module starts. */
    private volatile Portal portal;

    /**
     * Creates this bean, and so its PushContext, while the portal starts: Mojarra builds a
     * PushContext through the web module's BeanManager ({@code java:comp}), which the message
     * consumer's thread that commits an alert does not have ("CDI is not available").
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Every module's start reaches this observer; only our own web module's context names our portal.
        if (started instanceof ServletContext context && context.getClassLoader() == OrderAlertPush.class.getClassLoader()) {
            portal = OidcSettings.portal(context);
            LOG.fine(() -> "Order alerts of the " + portal + " portal on channel " + CHANNEL + " (" + alerts + ")");
        }
    }

    void onAlert(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderAlertEvent alert) {
        if (portal != Portal.INTERNAL) {
            return;
        }
        ResourceBundle messages = ResourceBundle.getBundle("dev.portico.shell.messages", Locale.ENGLISH);
        String text = MessageFormat.format(messages.getString("alert.text"), messages.getString("timeline.type." + alert.type().name()),
                alert.accountName(), Long.toString(alert.quoteId()), alert.detail() == null ? "" : alert.detail());
        alerts.send(Map.of("text", text, "accountId", alert.accountId(), "type", alert.type().name()), alert.ownerUsername());
        LOG.fine(() -> "Pushed " + alert.type() + " on account " + alert.accountId() + " to " + alert.ownerUsername());
    }
}
