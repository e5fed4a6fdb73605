package dev.portico.modules.partner;

import dev.portico.crm.partner.PartnerOrderStatus;
import dev.portico.crm.partner.PartnerOrders;
import dev.portico.crm.partner.PartnerTicket;
import dev.portico.crm.partner.PartnerTickets;
import dev.portico.erp.partner.PartnerInvoices;
import dev.portico.erp.partner.PartnerStanding;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Backs {@code partner/home.xhtml}: the organisation's orders by status (a chart, with the same
 * figures as a table for screen readers), invoices open and overdue, the partner's standing
 * against its own credit line, and its latest tickets. Every figure comes from the partner
 * services, so it shows nothing the lists behind the tiles would refuse.
 */
@Named
@RequestScoped
public class PartnerHomeView {

    /** Open orders: not yet invoiced (the ERP's work still ahead of them). */
    static final List<PartnerOrderStatus> OPEN = List.of(PartnerOrderStatus.AWAITING_APPROVAL, PartnerOrderStatus.SUBMITTED,
            PartnerOrderStatus.CONFIRMED, PartnerOrderStatus.UNDER_REVIEW, PartnerOrderStatus.WAITING_FOR_STOCK, PartnerOrderStatus.SHIPPED);

    @EJB
    private PartnerOrders orders;

    @EJB
    private PartnerInvoices invoices;

    @EJB
    private PartnerTickets tickets;

    private Map<PartnerOrderStatus, Long> counts;
    private PartnerStanding standing;
    private List<PartnerTicket> recentTickets;

    public Map<PartnerOrderStatus, Long> getCounts() {
        if (counts == null) {
            counts = orders.countsByStatus();
        }
        return counts;
    }

    /** One row per open status, zeros included: the tiles and the chart's table alternative. */
    public List<Map.Entry<PartnerOrderStatus, Long>> getOpenByStatus() {
        return OPEN.stream().map(status -> Map.entry(status, getCounts().getOrDefault(status, 0L))).toList();
    }

    public long getOpenOrders() {
        return getOpenByStatus().stream().mapToLong(Map.Entry::getValue).sum();
    }

    public long getInTransit() {
        return getCounts().getOrDefault(PartnerOrderStatus.SHIPPED, 0L);
    }

    public PartnerStanding getStanding() {
        if (standing == null) {
            standing = invoices.standing();
        }
        return standing;
    }

    public List<PartnerTicket> getRecentTickets() {
        if (recentTickets == null) {
            recentTickets = tickets.list(0, 5);
        }
        return recentTickets;
    }

    /** Chart.js configuration for {@code p:chart}: open orders by status. */
    public String getChart() {
        ResourceBundle messages = ResourceBundle.getBundle(PartnerPages.MESSAGES, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        getOpenByStatus().forEach(entry -> {
            labels.add(messages.getString("status." + entry.getKey().name()));
            data.add(entry.getValue());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.getString("home.chart.label")).add("data", data)
                                .add("backgroundColor", "#3b82f6"))))
                .add("options", Json.createObjectBuilder()
                        .add("aspectRatio", 3)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public List<PartnerOrderStatus> getStatuses() {
        return Arrays.asList(PartnerOrderStatus.values());
    }
}
