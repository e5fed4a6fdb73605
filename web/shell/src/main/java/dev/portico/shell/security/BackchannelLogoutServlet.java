package dev.portico.shell.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keycloak posts a signed logout token here when a single sign-on session ends (logout in the
 * other portal, in the admin console, or by expiry). Not behind sign-in: the token's signature is
 * the authentication. Answers 200 once the sessions are ended, 400 for a token that fails any check.
 */
@WebServlet("/oidc/backchannel-logout")
public class BackchannelLogoutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class.getName());

    @Inject
    private OidcSessionRegistry sessions;

    private LogoutTokenVerifier verifier;

    @Override
    public void init() {
        verifier = new LogoutTokenVerifier(OidcSettings.providerUrl(), OidcSettings.portal(getServletContext()).clientId());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null || token.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "logout_token is required");
            return;
        }
        try {
            LogoutTokenVerifier.LogoutRequest logout = verifier.verify(token);
            int ended = sessions.endSessions(logout.sid(), logout.subject());
            LOG.info(() -> "Back-channel logout of " + (logout.sid() != null ? "sid " + logout.sid() : "sub " + logout.subject())
                    + ": " + ended + " session(s) ended");
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (LogoutTokenVerifier.InvalidLogoutTokenException e) {
            // The reason is ours (InvalidLogoutTokenException never quotes the token), so it is safe to log.
            LOG.log(Level.WARNING, "Refused back-channel logout token: {0}", e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid logout token");
        }
    }
}
