package dev.portico.api.orders;

import dev.portico.api.Parameters;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.service.Quotes;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.service.OrderSummary;
import dev.portico.erp.service.SalesOrders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales orders under the caller's {@code orders:view} scope, tested against each order's CRM account inside the query. */
@Path("/orders")
@Tag(name = "orders",
        description = "Sales orders with their quote and timeline, in the caller's data scope (staff)")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OrdersResource {

    static final int DEFAULT_LIMIT = 25;

    @EJB
    private SalesOrders orders;

    /** The CRM keeps each order's timeline (from the ERP's events), by the quote the order came from. */
    @EJB
    private Quotes quotes;

    /** Orders in id order, {@code limit} at a time (1–199, default 25), optionally of one {@code status}. */
    @Operation(operationId = "listOrders", summary = "List sales orders in the caller's scope")
    @GET
    public OrderPage list(@QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("status") String status) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, SalesOrders.MAX_PAGE - 1);
        OrderStatus wanted = Parameters.constant("status", status, OrderStatus.class);
        List<OrderSummary> rows = orders.list(wanted, Parameters.after(after), size + 1);
        List<OrderRepresentation> items = rows.stream().limit(size).map(OrderRepresentation::of).toList();
        String next = rows.size() > size
                ? Parameters.next("/api/v1/orders", size, items.get(items.size() - 1).id(), status == null ? Map.of() : Map.of("status", status))
                : null;
        return new OrderPage(items, next);
    }

    /** One order with its timeline; an order outside the caller's scope answers exactly like a missing one. */
    @Operation(operationId = "getOrder", summary = "Get a sales order with its quote and timeline")
    @GET
    @Path("/{id}")
    public OrderDetailRepresentation get(@PathParam("id") String id) {
        OrderSummary order = orders.find(Parameters.id("order", id)).orElseThrow(() -> ProblemException.notFound("order " + id));
        return OrderDetailRepresentation.of(order, TimelineRepresentation.of(quotes.timeline(order.quoteId())));
    }
}
