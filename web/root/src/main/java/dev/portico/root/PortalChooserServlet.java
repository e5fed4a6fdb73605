package dev.portico.root;

import dev.portico.access.Roles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Staff go to the internal portal, partners to the external one; anyone else is refused. */
@WebServlet("")
public class PortalChooserServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = portalFor(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (target == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Your account has no access to a Portico portal. Ask your portal administrator.");
            return;
        }
        response.sendRedirect(target);
    }

    static String portalFor(HttpServletRequest request) {
        if (request.isUserInRole(Roles.EMPLOYEE)) {
            return "/internal/";
        }
        if (request.isUserInRole(Roles.PARTNER)) {
            return "/external/";
        }
        return null;
    }
}
