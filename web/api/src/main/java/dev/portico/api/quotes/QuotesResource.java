package dev.portico.api.quotes;

import dev.portico.api.Parameters;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.domain.QuoteStatus;
import dev.portico.crm.service.QuoteFilter;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.Quotes;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quotes under the caller's {@code orders} permissions: the service scopes every query by the
 * quote's account, so another organisation's quote answers exactly like a missing one (404).
 * Signing is refused with 409 for a quote signed before or an account that is still a prospect.
 */
@Path("/quotes")
@Tag(name = "quotes",
        description = "Quotes priced by the ERP: drafts, discount approval, signing into an ERP order (staff)")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class QuotesResource {

    static final int DEFAULT_LIMIT = 50;

    @EJB
    private Quotes quotes;

    @Context
    private UriInfo uri;

    /** Quotes in id order, {@code limit} at a time (1–500, default 50), optionally of one account or status. */
    @Operation(operationId = "listQuotes", summary = "List quotes")
    @GET
    public QuotePage list(@QueryParam("limit") String limit, @QueryParam("after") String after,
                          @QueryParam("account") String account, @QueryParam("status") String status) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, Quotes.MAX_PAGE);
        QuoteFilter filter = new QuoteFilter(account == null ? null : Parameters.number("account", account, 1, Long.MAX_VALUE),
                Parameters.constant("status", status, QuoteStatus.class));
        List<QuoteSummary> rows = quotes.listAfter(filter, Parameters.after(after), size + 1);
        List<QuoteRepresentation> items = rows.stream().limit(size).map(QuoteRepresentation::of).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("account", account);
        filters.put("status", status);
        return new QuotePage(items, rows.size() > size ? Parameters.next("/api/v1/quotes", size, items.get(size - 1).id(), filters) : null);
    }

    /** One quote with its lines and its order's timeline. */
    @Operation(operationId = "getQuote", summary = "Get a quote with its lines and timeline")
    @GET
    @Path("/{id}")
    public QuoteDetailRepresentation get(@PathParam("id") String id) {
        return quotes.find(Parameters.id("quote", id)).map(QuoteDetailRepresentation::of)
                .orElseThrow(() -> ProblemException.notFound("quote " + id));
    }

    /**
     * Writes a draft for an account within the caller's {@code orders:edit} scope (a prospect's
     * too: only signing is refused). 201 with the quote and its {@code Location}.
     */
    @Operation(operationId = "createQuote", summary = "Write a draft quote priced by the ERP")
    @APIResponseSchema(value = QuoteDetailRepresentation.class, responseCode = "201",
            responseDescription = "The draft with its lines")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid QuoteRequest body) {
        boolean discounted = body.lines().stream().anyMatch(l -> l.discountPercent() != null && l.discountPercent().signum() > 0);
        if (discounted && (body.discountReason() == null || body.discountReason().isBlank())) {
            throw ProblemException.invalid("discountReason", "must be given when a line is discounted");
        }
        QuoteSummary created = quotes.create(body.toNewQuote());
        QuoteDetailRepresentation quote = quotes.find(created.id()).map(QuoteDetailRepresentation::of).orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("quotes").path(Long.toString(created.id())).build()).entity(quote).build();
    }

    /** Signs a draft: the ERP receives its order. 409 when it was signed before or its account is a prospect. */
    @Operation(operationId = "signQuote", summary = "Sign a draft quote into an ERP order")
    @POST
    @Path("/{id}/sign")
    public QuoteRepresentation sign(@PathParam("id") String id) {
        return QuoteRepresentation.of(quotes.sign(Parameters.id("quote", id)));
    }

    /** A sales manager approves the discount on a draft beyond its owner's limit (orders:approve); 409 when not theirs to approve. */
    @Operation(operationId = "approveQuoteDiscount", summary = "Approve a discount beyond the owner's limit")
    @POST
    @Path("/{id}/discount-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuoteRepresentation approveDiscount(@PathParam("id") String id, @NotNull @Valid ApprovalRequest body) {
        return QuoteRepresentation.of(quotes.approveDiscount(Parameters.id("quote", id), body.reason()));
    }

    /** The body of a discount approval: why, for the audit ledger. */
    public record ApprovalRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
