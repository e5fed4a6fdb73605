package dev.portico.api.accounts;

import dev.portico.api.problem.Problem;
import dev.portico.api.problem.ProblemException;
import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccountService;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Customer accounts under the caller's data scope (the service applies it inside the query).
 * Parameters are read as text and parsed here, so that a malformed one is a 400 problem naming
 * the parameter rather than the framework's bare 404.
 */
@Path("/accounts")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AccountsResource {

    static final int DEFAULT_LIMIT = 50;

    @EJB
    private CustomerAccountService accounts;

    /**
     * Accounts in id order, {@code limit} at a time (1–500, default 50); pass the previous
     * page's last id as {@code after} (or follow {@code next}).
     */
    @GET
    public AccountPage list(@QueryParam("limit") String limit, @QueryParam("after") String after,
                            @QueryParam("name") String name, @QueryParam("territory") String territory,
                            @QueryParam("status") String status) {
        int size = limit == null ? DEFAULT_LIMIT : number("limit", limit, 1, PageRequest.MAX_SIZE);
        long cursor = after == null ? 0 : number("after", after, 0, Long.MAX_VALUE);
        AccountFilter filter = new AccountFilter(blankToNull(name), constant("territory", territory, Territory.class),
                constant("status", status, AccountStatus.class), null);
        // One row more than asked tells whether there is a next page without a count query.
        List<AccountSummary> rows = accounts.listAfter(filter, cursor, size + 1);
        List<AccountRepresentation> items = rows.stream().limit(size).map(AccountRepresentation::of).toList();
        String next = rows.size() > size ? nextLink(size, items.get(items.size() - 1).id(), name, territory, status) : null;
        return new AccountPage(items, next);
    }

    /** One account; another organisation's or territory's id answers exactly like a missing one. */
    @GET
    @Path("/{id}")
    public AccountRepresentation get(@PathParam("id") String id) {
        long accountId;
        try {
            accountId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("account " + id);
        }
        return accounts.find(accountId).map(AccountRepresentation::of)
                .orElseThrow(() -> ProblemException.notFound("account " + id));
    }

    private static long number(String field, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw ProblemException.invalid(field, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }

    private static int number(String field, String text, int min, int max) {
        return (int) number(field, text, (long) min, (long) max);
    }

    private static <E extends Enum<E>> E constant(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String nextLink(int size, long lastId, String name, String territory, String status) {
        StringBuilder link = new StringBuilder("/api/v1/accounts?limit=").append(size).append("&after=").append(lastId);
        append(link, "name", name);
        append(link, "territory", territory);
        append(link, "status", status);
        return link.toString();
    }

    private static void append(StringBuilder link, String parameter, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(parameter).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
