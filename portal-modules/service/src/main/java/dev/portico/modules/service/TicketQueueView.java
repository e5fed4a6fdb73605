package dev.portico.modules.service;

import dev.portico.crm.service.TicketSummary;
import dev.portico.crm.service.Tickets;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backs {@code service/queue.xhtml}: the open tickets within scope, due first on top, with the
 * time each has left measured at one instant for the whole page.
 */
@Named
@RequestScoped
public class TicketQueueView {

    /** The queue a person works through on one page; the service pages it in SQL. */
    static final int PAGE = 100;

    @EJB
    private Tickets tickets;

    private final Instant now = Instant.now();
    private List<TicketSummary> queue;

    public List<TicketSummary> getQueue() {
        if (queue == null) {
            queue = tickets.queue(0, PAGE);
        }
        return queue;
    }

    public long getSize() {
        return tickets.queueSize();
    }

    public String timeLeft(TicketSummary ticket) {
        String overdue = ResourceBundle.getBundle("dev.portico.modules.service.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString("sla.overdue");
        return SlaClock.format(ticket.timeLeft(now), overdue);
    }

    public boolean overdue(TicketSummary ticket) {
        return ticket.overdue(now);
    }

    /** For the page's script, which keeps the countdown running without a reload. */
    public long dueMillis(TicketSummary ticket) {
        return ticket.slaDueAt().toEpochMilli();
    }
}
