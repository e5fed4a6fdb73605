package dev.portico.api.pipeline;

import dev.portico.api.Parameters;
import dev.portico.api.pipeline.PipelineRequests.DisqualifyRequest;
import dev.portico.api.pipeline.PipelineRequests.LeadRequest;
import dev.portico.api.pipeline.PipelineRequests.QualifyRequest;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.domain.LeadStatus;
import dev.portico.crm.service.LeadFilter;
import dev.portico.crm.service.LeadSummary;
import dev.portico.crm.service.Leads;
import dev.portico.crm.service.QualifiedLead;
import dev.portico.platform.paging.PageRequest;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Leads under the caller's {@code leads} permissions (staff only: partners register deals in the
 * partner portal). A lead outside the scope answers like a missing one (404); qualifying twice,
 * or a registration not yet accepted, is 409.
 */
@Path("/leads")
@Tag(name = "leads", description = "Leads: enter, list, qualify into a prospect account, contact and opportunity, disqualify (staff)")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class LeadsResource {

    static final int DEFAULT_LIMIT = 50;

    @EJB
    private Leads leads;

    @Context
    private UriInfo uri;

    /** Leads in id order, {@code limit} at a time (1–500, default 50), optionally of one status. */
    @Operation(operationId = "listLeads", summary = "List leads")
    @GET
    public LeadPage list(@QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("status") String status) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, PageRequest.MAX_SIZE);
        LeadFilter filter = new LeadFilter(Parameters.constant("status", status, LeadStatus.class), null, null, false);
        List<LeadSummary> rows = leads.listAfter(filter, Parameters.after(after), size + 1);
        List<LeadRepresentation> items = rows.stream().limit(size).map(LeadRepresentation::of).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status);
        return new LeadPage(items, rows.size() > size ? Parameters.next("/api/v1/leads", size, items.get(size - 1).id(), filters) : null);
    }

    @Operation(operationId = "getLead", summary = "Get a lead")
    @GET
    @Path("/{id}")
    public LeadRepresentation get(@PathParam("id") String id) {
        return leads.find(Parameters.id("lead", id)).map(LeadRepresentation::of).orElseThrow(() -> ProblemException.notFound("lead " + id));
    }

    /** Enters a lead in a territory the caller works; 201 with its {@code Location}. */
    @Operation(operationId = "createLead", summary = "Enter a lead")
    @APIResponseSchema(value = LeadRepresentation.class, responseCode = "201", responseDescription = "The lead")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid LeadRequest body) {
        LeadSummary created = leads.create(body.toNewLead());
        return Response.created(uri.getBaseUriBuilder().path("leads").path(Long.toString(created.id())).build())
                .entity(LeadRepresentation.of(created)).build();
    }

    /** Qualifies a lead, once, into a prospect account, its contact and an opportunity; 409 the second time. */
    @Operation(operationId = "qualifyLead", summary = "Qualify a lead into a prospect account, contact and opportunity")
    @POST
    @Path("/{id}/qualify")
    @Consumes(MediaType.APPLICATION_JSON)
    public Qualified qualify(@PathParam("id") String id, @NotNull @Valid QualifyRequest body) {
        QualifiedLead made = leads.qualify(Parameters.id("lead", id), body.toQualification());
        return new Qualified(made.leadId(), made.accountId(), made.contactId(), made.opportunityId(), "/api/v1/accounts/" + made.accountId(),
                "/api/v1/opportunities/" + made.opportunityId());
    }

    @Operation(operationId = "disqualifyLead", summary = "Disqualify a lead with a reason")
    @POST
    @Path("/{id}/disqualify")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeadRepresentation disqualify(@PathParam("id") String id, @NotNull @Valid DisqualifyRequest body) {
        return LeadRepresentation.of(leads.disqualify(Parameters.id("lead", id), body.reason()));
    }

    /** What a qualification made, with links to the account and the opportunity. */
    public record Qualified(long leadId, long accountId, long contactId, long opportunityId, String account, String opportunity) {
    }
}
