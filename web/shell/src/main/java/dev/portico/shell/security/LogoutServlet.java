package dev.portico.shell.security;

import jakarta.servlet.ServletException;
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
 *
 * <p>Only a POST carrying the session's {@link SignOutToken} signs out: a link, an image tag or a
 * form on another site reaches this servlet too, but without the token, and gets the page that
 * asks "Sign out?" with our own form instead.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    static final String CONFIRMATION = "/sign-out.xhtml";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!SignOutToken.carriedBy(request)) {
            confirm(request, response);
            return;
        }
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

    /** A link (ours, or one planted elsewhere) only asks. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        confirm(request, response);
    }

    private static void confirm(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(CONFIRMATION).forward(request, response);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
