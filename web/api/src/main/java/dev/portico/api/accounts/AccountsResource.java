package dev.portico.api.accounts;

import dev.portico.api.Parameters;
import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer accounts under the caller's data scope (the service applies it inside the query).
 * Parameters are parsed by {@link Parameters}: a malformed one is a 400 problem naming it.
 */
@Path("/accounts")
@Tag(name = "accounts",
        description = "Customer accounts in the caller's data scope (staff; a partner's token is refused)")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AccountsResource {

    static final int DEFAULT_LIMIT = 50;

    @EJB
    private CustomerAccounts accounts;

    /**
     * Accounts in id order, {@code limit} at a time (1–500, default 50); pass the previous
     * page's last id as {@code after} (or follow {@code next}).
     */
    @Operation(operationId = "listAccounts", summary = "List customer accounts in the caller's scope")
    @GET
    public AccountPage list(@QueryParam("limit") String limit, @QueryParam("after") String after,
                            @QueryParam("name") String name, @QueryParam("territory") String territory,
                            @QueryParam("status") String status) {
        int size = Parameters.limit(limit, DEFAULT_LIMIT, PageRequest.MAX_SIZE);
        long cursor = Parameters.after(after);
        AccountFilter filter = new AccountFilter(name == null || name.isBlank() ? null : name,
                Parameters.constant("territory", territory, Territory.class), Parameters.constant("status", status, AccountStatus.class), null);
        // One row more than asked tells whether there is a next page without a count query.
        List<AccountSummary> rows = accounts.listAfter(filter, cursor, size + 1);
        List<AccountRepresentation> items = rows.stream().limit(size).map(AccountRepresentation::of).toList();
        String next = rows.size() > size
                ? Parameters.next("/api/v1/accounts", size, items.get(items.size() - 1).id(), filters(name, territory, status))
                : null;
        return new AccountPage(items, next);
    }

    /** One account; another organisation's or territory's id answers exactly like a missing one. */
    @Operation(operationId = "getAccount", summary = "Get a customer account")
    @GET
    @Path("/{id}")
    public AccountRepresentation get(@PathParam("id") String id) {
        return accounts.find(Parameters.id("account", id)).map(AccountRepresentation::of)
                .orElseThrow(() -> ProblemException.notFound("account " + id));
    }

    private static Map<String, String> filters(String name, String territory, String status) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("name", name);
        filters.put("territory", territory);
        filters.put("status", status);
        return filters;
    }
}
