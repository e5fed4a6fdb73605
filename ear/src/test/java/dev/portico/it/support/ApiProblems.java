package dev.portico.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Assertions on the API's RFC 9457 answers, shared by the API tests. */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** The response is a problem of {@code status} and {@code type}, with a correlation id and no exception text. */
    public static JsonObject assertProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        JsonObject problem = Api.json(response.body());
        assertEquals(type, problem.getString("type"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("correlationId").isBlank());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name: " + response.body());
        return problem;
    }

    /** The fields a 400 problem names, in its order. */
    public static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    /** The body without what must differ between two answers: the id asked for and the correlation id. */
    public static String withoutVaryingParts(String body, long id) {
        return body.replace(Long.toString(id), "ID").replaceAll("\"correlationId\":\"[^\"]*\"", "");
    }
}
