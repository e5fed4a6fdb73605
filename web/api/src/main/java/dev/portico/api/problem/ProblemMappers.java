package dev.portico.api.problem;

import dev.portico.access.directory.IdentityConflictException;
import dev.portico.access.people.NoSuchPartnerUserException;
import dev.portico.access.people.PartnerPeopleRefusedException;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.crm.domain.PipelineStateException;
import dev.portico.crm.domain.QuoteNotSignableException;
import dev.portico.crm.domain.TicketStateException;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.QuoteLinesException;
import dev.portico.erp.service.NoSuchOrderException;
import dev.portico.hr.service.HrRefusedException;
import dev.portico.hr.service.NoSuchEmployeeException;
import dev.portico.erp.service.NoSuchProductException;
import dev.portico.web.CorrelationId;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception a resource lets out becomes a problem+json response. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final String INVALID = "Invalid request";

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @Override
    public Response toResponse(Throwable thrown) {
        return responseFor(thrown, request, response);
    }

    /** The problem response for anything thrown while serving {@code request}. */
    static Response responseFor(Throwable thrown, HttpServletRequest request, HttpServletResponse response) {
        Throwable cause = thrown instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : thrown;
        String correlationId = CorrelationId.of(request, response);
        String instance = request.getRequestURI();
        Problem problem = known(cause, request.getMethod(), instance, correlationId);
        if (problem == null) {
            LOG.log(Level.SEVERE, "Request " + correlationId + " to " + instance + " failed", thrown);
            problem = Problem.of(500, "Server error", "The request could not be completed; quote the correlation id to support.",
                    instance, correlationId);
        }
        Response answer = problem.toResponse();
        if (cause instanceof ProblemException limited && limited.retryAfterSeconds() > 0) {
            return Response.fromResponse(answer).header("Retry-After", limited.retryAfterSeconds()).build();
        }
        return answer;
    }

    /** The problem for an exception the API expects, or null for a failure (logged, 500). */
    private static Problem known(Throwable cause, String method, String instance, String correlationId) {
        if (cause instanceof ProblemException problem) {
            return new Problem(Problem.typeOf(problem.status()), problem.title(), problem.status(), problem.getMessage(), instance,
                    correlationId, problem.errors());
        }
        if (cause instanceof NoSuchOrderException) {
            return Problem.of(404, "Not found", "The order does not exist or is not yours to see", instance, correlationId);
        }
        if (cause instanceof NoSuchRecordException missing) {
            // The same words for a missing record and one outside the caller's scope.
            return Problem.of(404, "Not found", missing.recordType().replace('-', ' ') + " " + missing.id()
                    + " does not exist or is not yours to see", instance, correlationId);
        }
        if (cause instanceof NoSuchPartnerUserException) {
            // A user of another organisation answers exactly like a missing one.
            return Problem.of(404, "Not found", "The user does not exist or is not yours to see", instance, correlationId);
        }
        if (cause instanceof PartnerPeopleRefusedException) {
            return Problem.of(403, "Forbidden", cause.getMessage(), instance, correlationId);
        }
        if (cause instanceof IdentityConflictException) {
            return Problem.of(409, "Conflict", cause.getMessage(), instance, correlationId);
        }
        if (cause instanceof NoSuchEmployeeException) {
            return Problem.of(404, "Not found", "The member of staff does not exist or is not yours to see", instance, correlationId);
        }
        if (cause instanceof HrRefusedException refused) {
            return refused.field() == null ? Problem.of(409, "Conflict", cause.getMessage(), instance, correlationId)
                    : new Problem(Problem.typeOf(400), INVALID, 400, refused.field() + ": " + cause.getMessage(), instance, correlationId,
                            List.of(new Problem.FieldError(refused.field(), cause.getMessage())));
        }
        if (cause instanceof NoSuchProductException) {
            return Problem.of(404, "Not found", "There is no such product.", instance, correlationId);
        }
        if (cause instanceof AccessDeniedException) {
            return Problem.of(403, "Forbidden", "Your roles do not allow this request.", instance, correlationId);
        }
        if (cause instanceof QuoteNotSignableException | cause instanceof TicketStateException | cause instanceof PipelineStateException) {
            return Problem.of(409, "Conflict", cause.getMessage(), instance, correlationId);
        }
        if (cause instanceof QuoteLinesException lines) {
            return new Problem(Problem.typeOf(400), INVALID, 400, "Some lines cannot be priced.", instance, correlationId,
                    lines.problems().entrySet().stream()
                            .map(e -> new Problem.FieldError("lines[" + e.getKey() + "].sku", e.getValue())).toList());
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return new Problem(Problem.typeOf(400), INVALID, 400, "The request has invalid values.", instance, correlationId,
                    invalid.getConstraintViolations().stream()
                            .map(v -> new Problem.FieldError(ViolationPaths.field(v.getPropertyPath()), v.getMessage()))
                            .sorted(Comparator.comparing(Problem.FieldError::field))
                            .toList());
        }
        if (cause instanceof ProcessingException && !"GET".equals(method)) {
            // RESTEasy could not bind the body (malformed JSON, a text where a number belongs).
            return new Problem(Problem.typeOf(400), INVALID, 400, "The body is not JSON of the expected shape.", instance,
                    correlationId, List.of(new Problem.FieldError("body", "must be JSON of the documented shape")));
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // Words of ours: RESTEasy's own messages name the framework and echo the URL.
            int status = web.getResponse().getStatus();
            return Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(), detailFor(status), instance, correlationId);
        }
        return null;
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no such resource; the API is described at /api/openapi.";
            case 405 -> "This resource does not answer that method.";
            case 406 -> "The API answers application/json (problems as application/problem+json).";
            case 415 -> "Send the body as application/json.";
            case 413 -> "The body is larger than the API accepts.";
            default -> "The request cannot be served as sent.";
        };
    }
}
