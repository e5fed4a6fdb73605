package dev.portico.modules.orders;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.service.NoSuchOrderException;
import dev.portico.erp.service.OrderSummary;
import dev.portico.erp.service.SalesOrders;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code orders/order.xhtml?id=…}: an order as the ERP holds it, and its next step, each
 * offered to whom the policy allows it — releasing a credit hold with a reason
 * ({@code orders:approve}: the sales manager, within his team), shipping ({@code orders:edit} and
 * {@code products:edit}: the warehouse), invoicing and payments ({@code finance:edit}). The ERP service checks again and
 * publishes each step to the CRM. An unknown or out-of-scope id gets the 404 page.
 */
@Named
@ViewScoped
public class SalesOrderView implements Serializable {

    private static final String MESSAGES = "dev.portico.modules.orders.messages";
    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(OrderStateException.class, NoSuchOrderException.class);

    @EJB
    private transient SalesOrders orders;

    @Inject
    private CurrentUser user;

    private String id;
    private OrderSummary order;
    private BigDecimal payment;
    private String approval;

    public void load() throws IOException {
        Optional<OrderSummary> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(orders::find));
        if (found.isEmpty()) {
            return;
        }
        order = found.get();
        payment = order.total().subtract(order.amountPaid());
    }

    public void approve() throws IOException {
        String reason = approval;
        if (PageActions.run(MESSAGES, "order.approved", () -> orders.approveCreditHold(order.id(), reason), REFUSALS)) {
            approval = null;
        }
        load();
    }

    public void ship() throws IOException {
        if (PageActions.run(MESSAGES, "order.shipped", () -> orders.ship(order.id(), carrier, trackingNumber), REFUSALS)) {
            carrier = null;
            trackingNumber = null;
        }
        load();
    }

    /** What the customer tracks the parcel by: shown on the partner's order timeline. */
    private String carrier;
    private String trackingNumber;

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public void invoice() throws IOException {
        PageActions.run(MESSAGES, "order.invoiced", () -> orders.invoice(order.id()), REFUSALS);
        load();
    }

    public void pay() throws IOException {
        BigDecimal amount = payment;
        PageActions.run(MESSAGES, "order.paid", () -> orders.recordPayment(order.id(), amount), REFUSALS);
        load();
    }

    public boolean isApprover() {
        return user.allows(Permission.of("orders", Action.APPROVE));
    }

    public boolean isWarehouse() {
        return user.allows(Permission.of("orders", Action.EDIT)) && user.allows(Permission.of("products", Action.EDIT));
    }

    public boolean isFinance() {
        return user.allows(Permission.of("finance", Action.EDIT));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrderSummary getOrder() {
        return order;
    }

    public BigDecimal getPayment() {
        return payment;
    }

    public void setPayment(BigDecimal payment) {
        this.payment = payment;
    }

    public String getApproval() {
        return approval;
    }

    public void setApproval(String approval) {
        this.approval = approval;
    }
}
