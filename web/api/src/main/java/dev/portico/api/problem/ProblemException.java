package dev.portico.api.problem;

import java.util.List;

/** Thrown by a resource to answer with a problem (e.g. a query parameter that does not parse). */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final long retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, detail, errors, 0);
    }

    private ProblemException(int status, String title, String detail, List<Problem.FieldError> errors, long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429, answered with {@code Retry-After: seconds}. */
    public static ProblemException tooManyRequests(String detail, long seconds) {
        return new ProblemException(429, "Too many requests", detail, List.of(), seconds);
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

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
