package dev.portico.api.problem;

import dev.portico.web.CorrelationId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the API: turns the container's own refusals (no or bad token, unknown path,
 * an exception outside JAX-RS) into problem+json, keeping the status and any
 * {@code WWW-Authenticate} header the security layer set.
 */
@WebServlet("/problem")
public class ProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String title = switch (status) {
            case 401 -> "Unauthenticated";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
        String detail = switch (status) {
            case 401 -> "Send a bearer token of the portico realm in the Authorization header.";
            case 404 -> "There is no such resource.";
            default -> status >= 500 ? "The request could not be completed; quote the correlation id to support." : title;
        };
        String correlationId = CorrelationId.of(request, response);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        // Built by hand: this page must not depend on the JSON provider that may have failed.
        response.getWriter().write("{\"type\":\"" + Problem.typeOf(status) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(uri == null ? "" : uri.toString())
                + "\",\"correlationId\":\"" + correlationId + "\",\"errors\":[]}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
