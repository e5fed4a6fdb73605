package dev.portico.modules.integration.monitor;

import dev.portico.integration.monitor.DeadLetter;
import dev.portico.integration.monitor.DeliveryFailure;
import dev.portico.integration.monitor.DestinationDepth;
import dev.portico.integration.monitor.FailureKind;
import dev.portico.integration.monitor.FlowStats;
import dev.portico.integration.monitor.IntegrationMonitor;
import dev.portico.integration.monitor.NoSuchDeadLetterException;
import dev.portico.integration.monitor.ReplayRefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Backs {@code integration/monitor.xhtml}. Everything is read once per request that shows it;
 * the replay form names a parked letter and a reason, and a refusal (replayed meanwhile, gone
 * from the DLQ, no reason) comes back as a message on the page.
 */
@Named
@ViewScoped
public class MonitorView implements Serializable {

    static final int FAILURES_SHOWN = 50;

    @EJB
    private transient IntegrationMonitor monitor;

    private transient List<FlowStats> flows;
    private transient List<DestinationDepth> waiting;
    private transient List<DeliveryFailure> failures;
    private transient List<DeadLetter> deadLetters;
    private transient List<Map.Entry<FailureKind, Long>> failureCounts;
    private Long letter;
    private String reason;

    public List<FlowStats> getFlows() {
        if (flows == null) {
            flows = monitor.flows();
        }
        return flows;
    }

    public List<DestinationDepth> getWaiting() {
        if (waiting == null) {
            waiting = monitor.waiting();
        }
        return waiting;
    }

    public List<DeliveryFailure> getFailures() {
        if (failures == null) {
            failures = monitor.recentFailures(FAILURES_SHOWN);
        }
        return failures;
    }

    /** Failed attempts of the last day by kind, as entries (a Faces table iterates a list, not a map). */
    public List<Map.Entry<FailureKind, Long>> getFailureCounts() {
        if (failureCounts == null) {
            failureCounts = List.copyOf(monitor.failureCounts(Instant.now().minus(1, ChronoUnit.DAYS)).entrySet());
        }
        return failureCounts;
    }

    public List<DeadLetter> getDeadLetters() {
        if (deadLetters == null) {
            deadLetters = monitor.deadLetters();
        }
        return deadLetters;
    }

    public List<DeadLetter> getParked() {
        return getDeadLetters().stream().filter(DeadLetter::isParked).toList();
    }

    public boolean isEditable() {
        return monitor.canReplay();
    }

    public void replay() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = ResourceBundle.getBundle("dev.portico.modules.integration.messages", faces.getViewRoot().getLocale());
        try {
            if (letter == null) {
                throw new ReplayRefusedException(messages.getString("replay.pick"));
            }
            DeadLetter done = monitor.replay(letter, reason);
            faces.addMessage(null, new FacesMessage(messages.getString("replay.done") + " " + done.replayMessageId()));
            letter = null;
            reason = null;
        } catch (ReplayRefusedException | NoSuchDeadLetterException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        } catch (EJBException invalid) {
            if (!(invalid.getCause() instanceof ConstraintViolationException)) {
                throw invalid;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, messages.getString("replay.reasonRequired"), null));
        }
        flows = null;
        waiting = null;
        failures = null;
        deadLetters = null;
    }

    public Long getLetter() {
        return letter;
    }

    public void setLetter(Long letter) {
        this.letter = letter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
