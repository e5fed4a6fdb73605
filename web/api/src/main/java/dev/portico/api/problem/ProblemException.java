package dev.portico.api.problem;

import java.util.List;

/** Thrown by a resource to answer with a problem (e.g. a query parameter that does not parse). */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "Invalid request", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " does not exist or is not yours to see", List.of());
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    List<Problem.FieldError> errors() {
        return errors;
    }
}
