package dev.portico.api.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * A violation's path as the client wrote the field ({@code lines[0].quantity}), without the
 * method and parameter names Bean Validation puts in front ({@code create.body.}).
 */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        // A violation on a whole parameter (a missing body, a bad query parameter) names the parameter.
        return field.isEmpty() ? (parameter == null ? "request" : parameter) : field.toString();
    }
}
