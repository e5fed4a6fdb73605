package dev.portico.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the OpenAPI document the build generated from the resource classes: YAML by default,
 * JSON when the client asks for it ({@code Accept: application/json} or {@code ?format=json}).
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean json = "json".equals(request.getParameter("format")) || (accept != null && accept.contains("application/json"));
        try (InputStream document = getServletContext().getResourceAsStream("/WEB-INF/openapi/openapi." + (json ? "json" : "yaml"))) {
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(json ? "application/json" : "application/yaml");
            response.setCharacterEncoding("UTF-8");
            document.transferTo(response.getOutputStream());
        }
    }
}
