package dev.portico.api.limits;

import dev.portico.api.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;

/**
 * Every write (POST, PUT, PATCH, DELETE) counts against its user's {@link WriteBudget}, whatever
 * it asks for and whether it succeeds: a script that floods the API with bad bodies is as much a
 * flood. Over budget, the answer is 429 with {@code Retry-After} and nothing is done. The budget
 * is {@code PORTICO_API_WRITES_PER_MINUTE} (60 by default).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class WriteRateLimit implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final WriteBudget BUDGET = new WriteBudget(
            Integer.parseInt(System.getenv().getOrDefault("PORTICO_API_WRITES_PER_MINUTE", "60")));

    @Override
    public void filter(ContainerRequestContext request) {
        Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (user == null || !WRITES.contains(request.getMethod())) {
            return;
        }
        long wait = BUDGET.take(user.getName(), System.nanoTime());
        if (wait > 0) {
            throw ProblemException.tooManyRequests("More than " + BUDGET.perMinute() + " writes a minute: try again in "
                    + wait + " s.", wait);
        }
    }
}
