package dev.portico.modules.service;

import dev.portico.crm.domain.TicketStateException;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.TicketDetail;
import dev.portico.crm.service.Tickets;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Backs {@code service/ticket.xhtml?id=…}: one ticket, its comments, and the three things done
 * to it. View-scoped so that its forms survive their own postbacks; a malformed, unknown or
 * out-of-scope id gets the 404 page.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

    @EJB
    private transient Tickets tickets;

    private String id;
    private TicketDetail detail;
    private String assignee;
    private String comment;
    /** Unticked by default: a note stays internal unless the agent means it for the partner. */
    private boolean publicReply;

    public void load() throws IOException {
        Optional<TicketDetail> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(tickets::find));
        if (found.isEmpty()) {
            return;
        }
        detail = found.get();
        if (assignee == null) {
            assignee = detail.ticket().assignee() != null ? detail.ticket().assignee()
                    : FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        }
    }

    public void assign() throws IOException {
        change(() -> tickets.assign(ticketId(), assignee), "ticket.assigned");
    }

    public void addComment() throws IOException {
        change(() -> tickets.comment(ticketId(), comment, publicReply), "ticket.commented");
        comment = null;
        publicReply = false;
    }

    public void resolve() throws IOException {
        change(() -> tickets.resolve(ticketId()), "ticket.resolved");
    }

    /** A refusal (resolved meanwhile, gone) is a message; the page then shows the ticket as it is now. */
    private void change(Runnable action, String doneKey) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = ResourceBundle.getBundle("dev.portico.modules.service.messages", faces.getViewRoot().getLocale());
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(messages.getString(doneKey)));
        } catch (TicketStateException | NoSuchRecordException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        }
        load();
    }

    private long ticketId() {
        return detail.ticket().id();
    }

    public boolean isOverdue() {
        return detail.ticket().overdue(Instant.now());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TicketDetail getDetail() {
        return detail;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isPublicReply() {
        return publicReply;
    }

    public void setPublicReply(boolean publicReply) {
        this.publicReply = publicReply;
    }
}
