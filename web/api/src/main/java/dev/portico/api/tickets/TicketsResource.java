package dev.portico.api.tickets;

import dev.portico.api.Parameters;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.domain.TicketPriority;
import dev.portico.crm.domain.TicketStatus;
import dev.portico.crm.service.NewTicket;
import dev.portico.crm.service.TicketSummary;
import dev.portico.crm.service.Tickets;
import dev.portico.erp.service.SalesOrders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Service tickets under the caller's {@code service} permissions, scoped by the ticket's account
 * in the service; another organisation's ticket answers exactly like a missing one.
 */
@Path("/tickets")
@Tag(name = "tickets",
        description = "Service tickets and their comments (staff)")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TicketsResource {

    static final int DEFAULT_LIMIT = 50;

    @EJB
    private Tickets tickets;

    @EJB
    private SalesOrders orders;

    @Context
    private UriInfo uri;

    /** Tickets in id order, {@code limit} at a time (1–500, default 50), optionally of one {@code status}. */
    @Operation(operationId = "listTickets", summary = "List service tickets")
    @GET
    public TicketPage list(@QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("status") String status) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, Tickets.MAX_PAGE);
        List<TicketSummary> rows = tickets.listAfter(Parameters.constant("status", status, TicketStatus.class), Parameters.after(after),
                size + 1);
        List<TicketRepresentation> items = rows.stream().limit(size).map(TicketRepresentation::of).toList();
        return new TicketPage(items, rows.size() > size
                ? Parameters.next("/api/v1/tickets", size, items.get(size - 1).id(), status == null ? Map.of() : Map.of("status", status))
                : null);
    }

    /** One ticket with its comments. */
    @Operation(operationId = "getTicket", summary = "Get a ticket with its comments")
    @GET
    @Path("/{id}")
    public TicketDetailRepresentation get(@PathParam("id") String id) {
        return detail(Parameters.id("service ticket", id));
    }

    /**
     * Opens a ticket for an account within the caller's {@code service:edit} scope. An
     * {@code orderId} must name an order of that account the caller may see (else 400).
     */
    @Operation(operationId = "openTicket", summary = "Open a service ticket")
    @APIResponseSchema(value = TicketDetailRepresentation.class, responseCode = "201", responseDescription = "The ticket")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@NotNull @Valid TicketRequest body) {
        if (body.orderId() != null && orders.find(body.orderId()).filter(o -> o.crmAccountId() == body.accountId()).isEmpty()) {
            throw ProblemException.invalid("orderId", "is not an order of this account");
        }
        TicketSummary opened = tickets.open(new NewTicket(body.accountId(), body.subject().strip(),
                TicketPriority.valueOf(body.priority().toUpperCase(Locale.ROOT)), null, body.orderId()));
        return Response.created(location(opened.id())).entity(detail(opened.id())).build();
    }

    /** Adds a comment; 201 with the ticket and all its comments. 409 on a closed ticket. */
    @Operation(operationId = "commentTicket", summary = "Comment on a ticket")
    @APIResponseSchema(value = TicketDetailRepresentation.class, responseCode = "201",
            responseDescription = "The ticket with all its comments")
    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, @NotNull @Valid CommentRequest body) {
        long ticketId = Parameters.id("service ticket", id);
        tickets.comment(ticketId, body.body());
        return Response.created(location(ticketId)).entity(detail(ticketId)).build();
    }

    /** Resolves the ticket (stops its SLA clock); 409 when it was resolved before. */
    @Operation(operationId = "resolveTicket", summary = "Resolve a ticket")
    @POST
    @Path("/{id}/resolve")
    public TicketRepresentation resolve(@PathParam("id") String id) {
        return TicketRepresentation.of(tickets.resolve(Parameters.id("service ticket", id)));
    }

    private TicketDetailRepresentation detail(long ticketId) {
        return tickets.find(ticketId).map(TicketDetailRepresentation::of)
                .orElseThrow(() -> ProblemException.notFound("service ticket " + ticketId));
    }

    private URI location(long ticketId) {
        return uri.getBaseUriBuilder().path("tickets").path(Long.toString(ticketId)).build();
    }
}
