package dev.portico.api;

import dev.portico.api.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What holds for every operation of the API, added to the document once rather than to each
 * method (the build's OpenAPI generator runs it, {@code web/api/pom.xml}): the bearer-token
 * security scheme of the Keycloak realm, and the problem+json answers, described once under
 * {@code components} and referenced by each operation that can give them. The rules follow the
 * code: a 400 needs something to be invalid (a query parameter or a body), a 404 something to look up
 * (a path id, or ids in a body), a 409 or 429 a write ({@code WriteRateLimit}). Partners' tooling
 * (generated clients, linters) reads them as it reads the rest.
 */
public class OpenApiConventions implements OASFilter {

    static final String SCHEME = "bearer";
    static final String PROBLEM = "Problem";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid request: the problem's errors name each bad field",
            "401", "No valid bearer token",
            "403", "The caller's roles do not allow this",
            "404", "No such record, or not the caller's to see (both answer alike)",
            "409", "The record's state does not allow this now",
            "429", "Too many writes a minute: nothing was done; retry after the Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the Keycloak realm portico (any OIDC flow of a client the realm trusts)."));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        components.addSchema(PROBLEM, problemSchema());
        PROBLEMS.forEach((status, description) -> components.addResponse(PROBLEM + status, problemResponse(status, description)));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((template, path) -> path.getOperations().forEach((method, operation) -> {
                withProblems(operation, template, method, path);
                successesWithoutProblems(operation);
            }));
        }
    }

    /** Adds the problem answers the operation can give and does not describe itself. */
    private static void withProblems(Operation operation, String template, PathItem.HttpMethod method, PathItem path) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = WRITES.contains(method);
        boolean body = operation.getRequestBody() != null;
        boolean input = body || hasQueryInput(operation.getParameters()) || hasQueryInput(path.getParameters());
        Map<String, Boolean> applies = new TreeMap<>(Map.of(
                "400", input,
                "401", true,
                "403", true,
                "404", template.contains("{") || body,
                "409", write,
                "429", write));
        applies.forEach((status, given) -> {
            if (given && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(PROBLEM + status));
            }
        });
    }

    /**
     * A success is never a problem: the resources produce {@code application/problem+json} too
     * (their errors), which the generator lists on every answer; a client must not expect it on a 2xx.
     */
    private static void successesWithoutProblems(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().removeMediaType(Problem.MEDIA_TYPE);
            }
            if ("201".equals(status) && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                response.addHeader("Location", OASFactory.createHeader()
                        .description("The address of what was created (or commented on)")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
            }
        });
    }

    private static APIResponse problemResponse(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        return "429".equals(status)
                ? response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before the next write")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                : response;
    }

    /** A malformed path id is a 404 like a missing one ({@link Parameters#id}); only the other parameters can be a 400. */
    private static boolean hasQueryInput(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("correlationId", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
