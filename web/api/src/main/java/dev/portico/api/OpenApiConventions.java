package dev.portico.api;

import dev.portico.api.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What holds for every operation of the API, added to the document once rather than to each
 * method (the build's OpenAPI generator runs it, {@code web/api/pom.xml}): the bearer-token
 * security scheme of the Keycloak realm, and the problem+json answers every operation can give
 * — 400 (a field named), 401, 403, 404, 409 — described once under {@code components}. Partners'
 * tooling (generated clients, linters) reads them as it reads the rest.
 */
public class OpenApiConventions implements OASFilter {

    static final String SCHEME = "bearer";
    static final String PROBLEM = "Problem";

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid request: the problem's errors name each bad field",
            "401", "No valid bearer token",
            "403", "The caller's roles do not allow this",
            "404", "No such record, or not the caller's to see (both answer alike)",
            "409", "The record's state does not allow this now");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the Keycloak realm portico (any OIDC flow of a client the realm trusts)."));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        components.addSchema(PROBLEM, problemSchema());
        PROBLEMS.forEach((status, description) -> components.addResponse("Problem" + status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))))));
        if (openAPI.getPaths() != null) {
            for (PathItem path : openAPI.getPaths().getPathItems().values()) {
                path.getOperations().values().forEach(OpenApiConventions::withProblems);
            }
        }
    }

    /** Adds the problem answers an operation does not describe itself. */
    private static void withProblems(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        PROBLEMS.keySet().stream().sorted().forEach(status -> {
            if (!responses.hasAPIResponse(status)) {
                APIResponse reference = OASFactory.createAPIResponse().ref("Problem" + status);
                responses.addAPIResponse(status, reference);
            }
        });
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
