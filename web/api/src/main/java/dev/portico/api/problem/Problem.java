package dev.portico.api.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI naming the kind of problem;
 * {@code errors} lists the offending fields of a 400.
 */
@JsonbNillable
public record Problem(String type, String title, int status, String detail, String instance, String correlationId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid input: which field, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String detail, String instance, String correlationId) {
        return new Problem(typeOf(status), title, status, detail, instance, correlationId, List.of());
    }

    Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /** Problem types by status; documented in the README. */
    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "urn:portico:problem:invalid-request";
            case 401 -> "urn:portico:problem:unauthenticated";
            case 403 -> "urn:portico:problem:forbidden";
            case 404 -> "urn:portico:problem:not-found";
            case 405 -> "urn:portico:problem:method-not-allowed";
            case 406, 415 -> "urn:portico:problem:unsupported-media-type";
            case 409 -> "urn:portico:problem:conflict";
            case 413 -> "urn:portico:problem:too-large";
            case 429 -> "urn:portico:problem:too-many-requests";
            default -> status >= 500 ? "urn:portico:problem:server-error" : "about:blank";
        };
    }
}
