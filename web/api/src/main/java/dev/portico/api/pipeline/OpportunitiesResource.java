package dev.portico.api.pipeline;

import dev.portico.api.Parameters;
import dev.portico.api.pipeline.PipelineRequests.OpportunityRequest;
import dev.portico.api.pipeline.PipelineRequests.StageRequest;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.domain.Stage;
import dev.portico.crm.service.Opportunities;
import dev.portico.crm.service.OpportunityFilter;
import dev.portico.crm.service.OpportunitySummary;
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
 * Opportunities under the caller's {@code pipeline} permissions (a rep's own, a manager's team's).
 * Another rep's opportunity answers like a missing one (404). A stage change is recorded; a
 * closed opportunity, or WON asked for by hand (a signed quote wins it), is 409.
 */
@Path("/opportunities")
@Tag(name = "opportunities", description = "Opportunities: list, open, change stage (each change recorded), with their history")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OpportunitiesResource {

    static final int DEFAULT_LIMIT = 50;

    @EJB
    private Opportunities opportunities;

    @Context
    private UriInfo uri;

    /** Opportunities in id order, {@code limit} at a time (1–500, default 50), optionally of one stage or owner. */
    @Operation(operationId = "listOpportunities", summary = "List opportunities")
    @GET
    public OpportunityPage list(@QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("stage") String stage,
                                @QueryParam("owner") String owner) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, PageRequest.MAX_SIZE);
        OpportunityFilter filter = new OpportunityFilter(Parameters.constant("stage", stage, Stage.class), owner, null, null);
        List<OpportunitySummary> rows = opportunities.listAfter(filter, Parameters.after(after), size + 1);
        List<OpportunityRepresentation> items = rows.stream().limit(size).map(OpportunityRepresentation::of).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("stage", stage);
        filters.put("owner", owner);
        return new OpportunityPage(items, rows.size() > size
                ? Parameters.next("/api/v1/opportunities", size, items.get(size - 1).id(), filters) : null);
    }

    @Operation(operationId = "getOpportunity", summary = "Get an opportunity with its stage history and quotes")
    @GET
    @Path("/{id}")
    public OpportunityDetailRepresentation get(@PathParam("id") String id) {
        return opportunities.find(Parameters.id("opportunity", id)).map(OpportunityDetailRepresentation::of)
                .orElseThrow(() -> ProblemException.notFound("opportunity " + id));
    }

    @Operation(operationId = "createOpportunity", summary = "Open an opportunity on an account")
    @APIResponseSchema(value = OpportunityRepresentation.class, responseCode = "201", responseDescription = "The opportunity")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid OpportunityRequest body) {
        OpportunitySummary created = opportunities.open(body.toNewOpportunity());
        return Response.created(uri.getBaseUriBuilder().path("opportunities").path(Long.toString(created.id())).build())
                .entity(OpportunityRepresentation.of(created)).build();
    }

    /** Moves it to another open stage, or to LOST with the reason as note; recorded in its history. */
    @Operation(operationId = "changeOpportunityStage", summary = "Change an opportunity's stage")
    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public OpportunityRepresentation stage(@PathParam("id") String id, @NotNull @Valid StageRequest body) {
        return OpportunityRepresentation.of(opportunities.move(Parameters.id("opportunity", id), body.stage(), body.note()));
    }
}
