package dev.portico.api.partner;

import dev.portico.access.people.Invitation;
import dev.portico.access.people.NewPartnerMember;
import dev.portico.access.people.NoSuchPartnerUserException;
import dev.portico.access.people.PartnerMember;
import dev.portico.access.service.PartnerPeople;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.partner.BuyerLimit;
import dev.portico.crm.partner.PartnerOrders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Our people" for partner administrators ({@code partner-people}): the organisation is always
 * the caller's; a user of another organisation answers 404 like a missing one; a role that is not
 * theirs to give answers 403. The services hold every rule.
 */
@Path("/partner/people")
@Tag(name = "partner-people",
        description = "For partner administrators: the organisation's users, their roles and purchase limits")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PartnerPeopleResource {

    @EJB
    private PartnerPeople people;

    @EJB
    private PartnerOrders orders;

    /** A user of the caller's organisation with their partner roles and purchase limit. */
    public record Person(String username, String name, String email, boolean enabled, List<String> roles, BuyerLimit purchaseLimit) {
    }

    /** The body of an invitation; the e-mail address becomes the username. */
    public record InvitationRequest(@NotBlank @Email @Size(max = 100) String email, @NotBlank @Size(max = 100) String firstName,
                                    @NotBlank @Size(max = 100) String lastName, @NotEmpty Set<@NotBlank String> roles,
                                    @Valid LimitRequest purchaseLimit, @NotBlank @Size(max = 1000) String reason) {
    }

    /** A purchase limit: {@code amount} null removes it. */
    public record LimitRequest(@DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                               @Pattern(regexp = "[A-Z]{3}") String currency, @Size(max = 1000) String reason) {
    }

    public record RoleRequest(@NotBlank @Size(max = 64) String role, @NotBlank @Size(max = 1000) String reason) {
    }

    public record EnabledRequest(boolean enabled, @NotBlank @Size(max = 1000) String reason) {
    }

    @Operation(operationId = "listPartnerPeople", summary = "List the users of the caller's organisation")
    @GET
    public List<Person> list() {
        Map<String, BuyerLimit> limits = orders.limits();
        return people.members().stream().map(m -> person(m, limits)).toList();
    }

    @Operation(operationId = "getPartnerPerson", summary = "Get one user of the caller's organisation")
    @GET
    @Path("/{username}")
    public Person get(@PathParam("username") String username) {
        return people.member(username).map(m -> person(m, orders.limits()))
                .orElseThrow(() -> new NoSuchPartnerUserException(username));
    }

    /** Creates the user; the response carries their one-time password, shown nowhere else. */
    @Operation(operationId = "invitePartnerPerson", summary = "Invite a user into the caller's organisation")
    @APIResponseSchema(value = Invitation.class, responseCode = "201",
            responseDescription = "The username and the one-time password, shown nowhere else")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@NotNull @Valid InvitationRequest body) {
        Invitation invitation = people.invite(new NewPartnerMember(body.email(), body.firstName(), body.lastName(), body.roles()),
                body.reason());
        if (body.purchaseLimit() != null && body.purchaseLimit().amount() != null) {
            orders.setLimit(invitation.username(), body.purchaseLimit().amount(), currencyOf(body.purchaseLimit()), body.reason());
        }
        return Response.created(URI.create("partner/people/" + invitation.username())).entity(invitation).build();
    }

    @Operation(operationId = "grantPartnerRole", summary = "Give a partner role")
    // JAX-RS answers a void method 204; the OpenAPI generator would document a void POST as 201.
    @APIResponse(responseCode = "204", description = "The role is given")
    @POST
    @Path("/{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public void grant(@PathParam("username") String username, @NotNull @Valid RoleRequest body) {
        people.grant(username, body.role(), body.reason());
    }

    @Operation(operationId = "revokePartnerRole", summary = "Take a partner role away")
    @DELETE
    @Path("/{username}/roles/{role}")
    public void revoke(@PathParam("username") String username, @PathParam("role") String role,
                       @QueryParam("reason") String reason) {
        people.revoke(username, role, requireReason(reason));
    }

    @Operation(operationId = "setPartnerPersonEnabled", summary = "Disable or enable a user")
    @PUT
    @Path("/{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public void enabled(@PathParam("username") String username, @NotNull @Valid EnabledRequest body) {
        people.setEnabled(username, body.enabled(), body.reason());
    }

    @Operation(operationId = "setPurchaseLimit", summary = "Set or remove a buyer's purchase limit")
    @PUT
    @Path("/{username}/limit")
    @Consumes(MediaType.APPLICATION_JSON)
    public void limit(@PathParam("username") String username, @NotNull @Valid LimitRequest body) {
        orders.setLimit(username, body.amount(), currencyOf(body), requireReason(body.reason()));
    }

    @Operation(operationId = "removePartnerPerson", summary = "Remove a user from Keycloak")
    @DELETE
    @Path("/{username}")
    public void remove(@PathParam("username") String username, @QueryParam("reason") String reason) {
        people.remove(username, requireReason(reason));
    }

    /** Every change goes into the audit ledger with its reason. */
    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "must not be blank: it goes into the audit ledger");
        }
        return reason;
    }

    private static String currencyOf(LimitRequest limit) {
        return limit.currency() == null ? "EUR" : limit.currency();
    }

    private static Person person(PartnerMember member, Map<String, BuyerLimit> limits) {
        return new Person(member.username(), member.name(), member.email(), member.enabled(), member.roles(), limits.get(member.username()));
    }
}
