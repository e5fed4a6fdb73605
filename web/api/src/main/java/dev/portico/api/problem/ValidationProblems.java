package dev.portico.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid values as a 400 problem. Declared for the exact type so it wins over RESTEasy's own
 * violation mapper, which would answer with its own report format.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return ProblemMappers.responseFor(invalid, request, response);
    }
}
