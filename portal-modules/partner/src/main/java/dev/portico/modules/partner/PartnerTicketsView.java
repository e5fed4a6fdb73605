package dev.portico.modules.partner;

import dev.portico.crm.domain.TicketPriority;
import dev.portico.crm.partner.PartnerCustomer;
import dev.portico.crm.partner.PartnerNewTicket;
import dev.portico.crm.partner.PartnerOrders;
import dev.portico.crm.partner.PartnerTicket;
import dev.portico.crm.partner.PartnerTicketDetail;
import dev.portico.crm.partner.PartnerTickets;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code partner/tickets.xhtml} (list and the new-ticket form, {@code ?order=…} for one
 * about an order) and {@code partner/ticket.xhtml?id=…} (a ticket with its public comments).
 */
@Named
@ViewScoped
public class PartnerTicketsView implements Serializable {

    @EJB
    private transient PartnerTickets tickets;

    @EJB
    private transient PartnerOrders orders;

    private String id;
    private String order;
    private PartnerTicketDetail detail;
    private List<PartnerTicket> rows;
    private List<PartnerCustomer> customers;
    private Long customerId;
    private String subject;
    private TicketPriority priority = TicketPriority.NORMAL;
    private String description;
    private String comment;
    private PartnerTicket opened;

    public void load() throws IOException {
        Optional<PartnerTicketDetail> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(tickets::find));
        detail = found.orElse(null);
    }

    /** A ticket about an order starts with that order's customer. */
    public void prepare() {
        RecordPages.id(order).flatMap(orders::find).ifPresent(found -> customerId = found.order().customerId());
    }

    public List<PartnerTicket> getTickets() {
        if (rows == null) {
            rows = tickets.list(0, PartnerTickets.MAX_PAGE);
        }
        return rows;
    }

    public void open() {
        if (customerId == null) {
            PageActions.warn(FacesContext.getCurrentInstance(), "customer: must be chosen");
            return;
        }
        Long orderId = RecordPages.id(order).orElse(null);
        PartnerNewTicket ticket = new PartnerNewTicket(customerId, orderId, subject, priority, description);
        if (PageActions.run(PartnerPages.MESSAGES, "tickets.opened", () -> opened = tickets.open(ticket), PartnerPages.REFUSALS)) {
            subject = null;
            description = null;
            rows = null;
        }
    }

    public void addComment() throws IOException {
        if (PageActions.run(PartnerPages.MESSAGES, "ticket.commented", () -> tickets.comment(detail.ticket().id(), comment),
                PartnerPages.REFUSALS)) {
            comment = null;
        }
        load();
    }

    public List<PartnerCustomer> getCustomers() {
        if (customers == null) {
            customers = orders.customers();
        }
        return customers;
    }

    public TicketPriority[] getPriorities() {
        return TicketPriority.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public PartnerTicketDetail getDetail() {
        return detail;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public void setPriority(TicketPriority priority) {
        this.priority = priority;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public PartnerTicket getOpened() {
        return opened;
    }
}
