package dev.portico.shell.security;

import dev.portico.shell.menu.ModuleRegistry;
import dev.portico.shell.spi.Portal;
import dev.portico.shell.spi.PortalModule;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Runs after Keycloak sign-in on every request: refuses users this portal is not for, refuses
 * views of modules the user may not open (a hidden menu entry is not enough), and registers
 * the session for back-channel logout; back from the sign-in, sends the browser on to the deep
 * link it was opened with ({@link DeepLinks}).
 */
public class PortalAccessFilter extends HttpFilter {

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    private ModuleRegistry modules;

    @Inject
    private OidcSessionRegistry sessions;

    @Inject
    private CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Stylesheets and scripts hold no data; the error page needs them even for a refused user.
        boolean staticResource = request.getServletPath().startsWith(RESOURCES);
        if (!staticResource && request.getUserPrincipal() instanceof OidcPrincipal<?> oidc) {
            Portal portal = OidcSettings.portal(getServletContext());
            if (portal.entryRoles().stream().noneMatch(request::isUserInRole)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Optional<PortalModule> module = modules.owning(request.getServletPath());
            if (module.isPresent() && !ModuleRegistry.isReachable(module.get(), portal, user::allows)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            // A module's folder answers at its root, as a user who edits the address expects. The
            // container has turned "/customers/" into the welcome file "/customers/index.xhtml" by now.
            if (module.isPresent() && isFolder(request.getServletPath(), module.get())) {
                response.sendRedirect(request.getContextPath() + module.get().entryView(portal));
                return;
            }
            register(request, oidc);
            // Back from the sign-in on a bare path: on to the deep link it was opened with (DeepLinks).
            if (DeepLinks.present(request)) {
                response.addCookie(DeepLinks.cleared(request.getContextPath()));
                Optional<String> target = DeepLinks.target(request);
                if (target.isPresent()) {
                    response.sendRedirect(target.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isFolder(String servletPath, PortalModule module) {
        String folder = "/" + module.id() + "/";
        return servletPath.equals(folder) || servletPath.equals(folder + "index.xhtml");
    }

    /**
     * On the first signed-in request of a session: a new session id, then the session in the
     * registry. Undertow creates a session under the id the browser brings when another WAR of
     * the server knows it (so that forwards across WARs keep one session): a partner's external
     * session id planted in a colleague's browser would otherwise name her internal session
     * once she signs in (session fixation; PortalSignInIT). WildFly's OIDC client does not
     * change it; the attributes, its tokens among them, stay with the session.
     */
    private void register(HttpServletRequest request, OidcPrincipal<?> oidc) {
        IDToken token = oidc.getOidcSecurityContext() == null ? null : oidc.getOidcSecurityContext().getIDToken();
        if (token != null && !sessions.isRegistered(request.getSession())) {
            request.changeSessionId();
            sessions.register(request.getSession(), token.getClaimValueAsString("sid"), token.getSubject());
        }
    }
}
