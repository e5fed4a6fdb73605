package dev.portico.api.problem;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.erp.service.NoSuchOrderException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception a resource lets out becomes a problem+json response. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    private HttpServletRequest request;

    @Context
    private jakarta.servlet.http.HttpServletResponse response;

    @Override
    public Response toResponse(Throwable thrown) {
        return responseFor(thrown, request, response);
    }

    /** The problem response for anything thrown while serving {@code request}. */
    static Response responseFor(Throwable thrown, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        Throwable cause = thrown instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : thrown;
        String correlationId = CorrelationId.of(request, response);
        String instance = request.getRequestURI();
        if (cause instanceof ProblemException problem) {
            return new Problem(Problem.typeOf(problem.status()), problem.title(), problem.status(), problem.getMessage(), instance,
                    correlationId, problem.errors()).toResponse();
        }
        if (cause instanceof NoSuchOrderException) {
            return Problem.of(404, "Not found", "The order does not exist or is not yours to see", instance, correlationId).toResponse();
        }
        if (cause instanceof AccessDeniedException) {
            return Problem.of(403, "Forbidden", "Your roles do not allow this request.", instance, correlationId).toResponse();
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return new Problem(Problem.typeOf(400), "Invalid request", 400, "The request has invalid values.", instance, correlationId,
                    invalid.getConstraintViolations().stream()
                            .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                            .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                            .toList()).toResponse();
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(), cause.getMessage(), instance, correlationId)
                    .toResponse();
        }
        LOG.log(Level.SEVERE, "Request " + correlationId + " to " + instance + " failed", thrown);
        return Problem.of(500, "Server error", "The request could not be completed; quote the correlation id to support.",
                instance, correlationId).toResponse();
    }
}
