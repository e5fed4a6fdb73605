package dev.portico.modules.partner;

import dev.portico.access.service.AccessLog;
import dev.portico.access.service.ActingFor;
import dev.portico.shell.security.OidcSettings;
import dev.portico.shell.spi.Portal;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * "View as partner" in the internal portal: every request for a partner page runs as the
 * organisation the staff member chose ({@link ActingFor}, so the services answer read-only and
 * for that organisation only), and every page viewed goes into the access log with the
 * staff member as actor and the organisation as on-behalf-of. Without a chosen organisation the
 * partner pages send staff to the choice. The external portal passes through untouched.
 */
@WebFilter(urlPatterns = "/partner/*")
public class PartnerViewFilter extends HttpFilter {

    /** The session attribute holding the alias of the organisation being viewed. */
    static final String VIEWING = "dev.portico.partner.viewingAs";

    @Inject
    private ActingFor actingFor;

    @EJB
    private AccessLog accessLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (OidcSettings.portal(getServletContext()) != Portal.INTERNAL || PartnerModule.VIEW_AS.equals(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        String organisation = session == null ? null : (String) session.getAttribute(VIEWING);
        if (organisation == null) {
            response.sendRedirect(request.getContextPath() + PartnerModule.VIEW_AS);
            return;
        }
        actingFor.organisation(organisation);
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            accessLog.viewedOnBehalf(organisation, request.getServletPath() + (query == null ? "" : "?" + query));
        }
        chain.doFilter(request, response);
    }
}
