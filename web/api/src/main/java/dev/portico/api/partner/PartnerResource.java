package dev.portico.api.partner;

import dev.portico.api.Parameters;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.partner.PartnerCart;
import dev.portico.crm.partner.PartnerCustomer;
import dev.portico.crm.partner.PartnerOrderDetail;
import dev.portico.crm.partner.PartnerOrderStatus;
import dev.portico.crm.partner.PartnerOrderSummary;
import dev.portico.crm.partner.PartnerOrders;
import dev.portico.crm.partner.PartnerTicket;
import dev.portico.crm.partner.PartnerTicketDetail;
import dev.portico.crm.partner.PartnerTickets;
import dev.portico.api.tickets.CommentRequest;
import dev.portico.erp.partner.CatalogueItem;
import dev.portico.erp.partner.PartnerCatalogue;
import dev.portico.erp.partner.PartnerInvoice;
import dev.portico.erp.partner.PartnerInvoices;
import dev.portico.erp.partner.PartnerStanding;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
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
import java.util.Map;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partner resources; each checks nothing itself: the partner services hold the permissions and the scope. */
@Path("/partner")
@Tag(name = "partner",
        description = "For partners: the catalogue at the organisation's prices, orders, invoices, statement and tickets")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PartnerResource {

    static final int DEFAULT_LIMIT = 50;

    @EJB
    private PartnerCatalogue catalogue;

    @EJB
    private PartnerOrders orders;

    @EJB
    private PartnerInvoices invoices;

    @EJB
    private PartnerTickets tickets;

    @Context
    private UriInfo uri;

    /** Products at the organisation's prices, in SKU order after {@code after}, with a stock band. */
    @Operation(operationId = "listCatalogue", summary = "Search the catalogue at the organisation's prices")
    @GET
    @Path("/catalogue")
    public PartnerPage<CatalogueItem> catalogue(@QueryParam("search") String search, @QueryParam("after") String after,
                                                @QueryParam("limit") String limit) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, PartnerCatalogue.MAX_PAGE);
        if (search != null && search.length() > 100) {
            throw ProblemException.invalid("search", "is longer than 100 characters");
        }
        if (after != null && after.length() > 32) {
            throw ProblemException.invalid("after", "is longer than 32 characters");
        }
        List<CatalogueItem> rows = catalogue.search(search, after == null ? "" : after, size + 1);
        List<CatalogueItem> items = rows.stream().limit(size).toList();
        return new PartnerPage<>(items, rows.size() > size ? Parameters.next("/api/v1/partner/catalogue", size, items.get(size - 1).sku(),
                search == null ? Map.of() : Map.of("search", search)) : null);
    }

    /** The organisation's active customers: whom an order may be for. */
    @Operation(operationId = "listPartnerCustomers", summary = "List the customers an order may be for")
    @GET
    @Path("/customers")
    public List<PartnerCustomer> customers() {
        return orders.customers();
    }

    /** The partner's standing: its credit line, what is outstanding and overdue. */
    @Operation(operationId = "getPartnerStanding", summary = "Get the credit line, outstanding and overdue amounts")
    @GET
    @Path("/standing")
    public PartnerStanding standing() {
        return invoices.standing();
    }

    /** The organisation's orders, newest first, optionally of one {@code status}; {@code before} pages on. */
    @Operation(operationId = "listPartnerOrders", summary = "List the organisation's orders")
    @GET
    @Path("/orders")
    public PartnerPage<PartnerOrderSummary> orders(@QueryParam("status") String status, @QueryParam("before") String before,
                                                   @QueryParam("limit") String limit) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, PartnerOrders.MAX_PAGE);
        List<PartnerOrderSummary> rows = orders.list(Parameters.constant("status", status, PartnerOrderStatus.class), before(before), size + 1);
        return page("/api/v1/partner/orders", rows, size, PartnerOrderSummary::id, status == null ? Map.of() : Map.of("status", status));
    }

    @Operation(operationId = "getPartnerOrder", summary = "Get an order with its lines and progress")
    @GET
    @Path("/orders/{id}")
    public PartnerOrderDetail order(@PathParam("id") String id) {
        long orderId = Parameters.id("order", id);
        return orders.find(orderId).orElseThrow(() -> ProblemException.notFound("order " + orderId));
    }

    /**
     * Submits a cart: 201 with the order, signed at once within the buyer's purchase limit, else
     * {@code AWAITING_APPROVAL}. Prices come from the ERP's price list; a price in the body is ignored.
     */
    @Operation(operationId = "submitPartnerOrder", summary = "Submit a cart as an order")
    @APIResponseSchema(value = PartnerOrderDetail.class, responseCode = "201",
            responseDescription = "The order: signed, or awaiting approval above the buyer's limit")
    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@NotNull @Valid PartnerCart cart) {
        PartnerOrderSummary submitted = orders.submit(cart);
        return Response.created(location("orders", submitted.id())).entity(order(Long.toString(submitted.id()))).build();
    }

    @Operation(operationId = "approvePartnerOrder", summary = "Approve an order above a buyer's limit")
    @POST
    @Path("/orders/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerOrderSummary approve(@PathParam("id") String id, @NotNull @Valid DecisionRequest body) {
        return orders.approve(Parameters.id("order", id), body.reason());
    }

    @Operation(operationId = "rejectPartnerOrder", summary = "Reject an order above a buyer's limit")
    @POST
    @Path("/orders/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerOrderSummary reject(@PathParam("id") String id, @NotNull @Valid DecisionRequest body) {
        return orders.reject(Parameters.id("order", id), body.reason());
    }

    /** Withdraws an order still waiting for approval; 409 once it is signed (it is then the company's to stop). */
    @Operation(operationId = "cancelPartnerOrder", summary = "Cancel an order waiting for approval")
    @POST
    @Path("/orders/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerOrderSummary cancel(@PathParam("id") String id, @NotNull @Valid DecisionRequest body) {
        return orders.cancel(Parameters.id("order", id), body.reason());
    }

    @Operation(operationId = "listPartnerInvoices", summary = "List the organisation's invoices")
    @GET
    @Path("/invoices")
    public PartnerPage<PartnerInvoice> invoices(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, PartnerInvoices.MAX_PAGE);
        return page("/api/v1/partner/invoices", invoices.list(before(before), size + 1), size, PartnerInvoice::id, Map.of());
    }

    @Operation(operationId = "getPartnerInvoice", summary = "Get an invoice with its lines")
    @GET
    @Path("/invoices/{id}")
    public PartnerInvoice invoice(@PathParam("id") String id) {
        long invoiceId = Parameters.id("invoice", id);
        return invoices.find(invoiceId).orElseThrow(() -> ProblemException.notFound("invoice " + invoiceId));
    }

    /** The invoice as a PDF. */
    @Operation(operationId = "getPartnerInvoicePdf", summary = "Download an invoice as PDF")
    @APIResponseSchema(value = byte[].class, responseDescription = "The invoice as a PDF file")
    @GET
    @Path("/invoices/{id}/pdf")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    public Response invoicePdf(@PathParam("id") String id) {
        long invoiceId = Parameters.id("invoice", id);
        ExportFile pdf = invoices.pdf(invoiceId).orElseThrow(() -> ProblemException.notFound("invoice " + invoiceId));
        return Response.ok(pdf.content(), pdf.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + pdf.filename() + "\"").build();
    }

    /** The statement of account, {@code format=csv} (default) or {@code pdf}. */
    @Operation(operationId = "getStatementOfAccount", summary = "Download the statement of account (CSV or PDF)")
    @APIResponseSchema(value = byte[].class, responseDescription = "The statement as a CSV or PDF file")
    @GET
    @Path("/statement")
    @Produces({"text/csv", "application/pdf", Problem.MEDIA_TYPE})
    public Response statement(@QueryParam("format") String format) {
        ExportFormat chosen = Parameters.constant("format", format, ExportFormat.class);
        ExportFile file = invoices.statement(chosen == null ? ExportFormat.CSV : chosen);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"").build();
    }

    @Operation(operationId = "listPartnerTickets", summary = "List the organisation's tickets")
    @GET
    @Path("/tickets")
    public PartnerPage<PartnerTicket> tickets(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, PartnerTickets.MAX_PAGE);
        return page("/api/v1/partner/tickets", tickets.list(before(before), size + 1), size, PartnerTicket::id, Map.of());
    }

    @Operation(operationId = "getPartnerTicket", summary = "Get a ticket with its public comments")
    @GET
    @Path("/tickets/{id}")
    public PartnerTicketDetail ticket(@PathParam("id") String id) {
        long ticketId = Parameters.id("service ticket", id);
        return tickets.find(ticketId).orElseThrow(() -> ProblemException.notFound("service ticket " + ticketId));
    }

    @Operation(operationId = "openPartnerTicket", summary = "Open a ticket")
    @APIResponseSchema(value = PartnerTicketDetail.class, responseCode = "201", responseDescription = "The ticket")
    @POST
    @Path("/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openTicket(@NotNull @Valid TicketRequest body) {
        PartnerTicket opened = tickets.open(body.toNewTicket());
        return Response.created(location("tickets", opened.id())).entity(ticket(Long.toString(opened.id()))).build();
    }

    @Operation(operationId = "commentPartnerTicket", summary = "Comment on a ticket")
    @APIResponseSchema(value = PartnerTicketDetail.class, responseCode = "201",
            responseDescription = "The ticket with its public comments")
    @POST
    @Path("/tickets/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, @NotNull @Valid CommentRequest body) {
        long ticketId = Parameters.id("service ticket", id);
        tickets.comment(ticketId, body.body());
        return Response.created(location("tickets", ticketId)).entity(ticket(id)).build();
    }

    private static long before(String text) {
        return text == null ? 0 : Parameters.number("before", text, 1, Long.MAX_VALUE);
    }

    private static <T> PartnerPage<T> page(String path, List<T> rows, int size, ToLongFunction<T> id, Map<String, String> filters) {
        List<T> items = rows.stream().limit(size).toList();
        if (rows.size() <= size) {
            return new PartnerPage<>(items, null);
        }
        // Newest first: the next page starts below the last id shown.
        StringBuilder next = new StringBuilder(path).append("?limit=").append(size).append("&before=").append(id.applyAsLong(items.get(size - 1)));
        filters.forEach((name, value) -> next.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                java.nio.charset.StandardCharsets.UTF_8)));
        return new PartnerPage<>(items, next.toString());
    }

    private URI location(String collection, long id) {
        return uri.getBaseUriBuilder().path("partner").path(collection).path(Long.toString(id)).build();
    }
}
