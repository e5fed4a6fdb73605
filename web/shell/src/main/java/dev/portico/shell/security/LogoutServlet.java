package dev.portico.shell.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * RP-initiated logout: ends this portal's session, then sends the browser to Keycloak's end-session
 * endpoint, which ends the single sign-on session and tells the other portal over the back channel.
 * Keycloak returns the browser to this portal's home page, which asks for the password again.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idToken = request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                ? oidc.getOidcSecurityContext().getIDTokenString()
                : null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getRequestURL().toString().replaceFirst("/logout$", "/");
        StringBuilder endSession = new StringBuilder(OidcSettings.providerUrl())
                .append("/protocol/openid-connect/logout?client_id=")
                .append(encode(OidcSettings.portal(getServletContext()).clientId()))
                .append("&post_logout_redirect_uri=").append(encode(home));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(encode(idToken));
        }
        response.sendRedirect(endSession.toString());
    }

    /** A plain link works too; the shell's button posts so that a stray image tag cannot log anyone out. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
