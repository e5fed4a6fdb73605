package dev.portico.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers every Portico WAR sends, whatever answers: no MIME sniffing, no framing
 * (X-Frame-Options for old browsers; the portals' Content-Security-Policy says
 * {@code frame-ancestors 'none'} too), no referrer beyond our origin, no powerful browser
 * features, and HSTS once the request came over https. Pages get their Content-Security-Policy
 * from PrimeFaces (it knows each page's script nonce); a WAR that renders no pages names its own
 * in the filter's {@code content-security-policy} init parameter (the API: nothing at all).
 * The session cookie's attributes are set by {@link SessionCookies}.
 */
public class SecurityHeaders implements Filter {

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private String contentSecurityPolicy;

    @Override
    public void init(FilterConfig config) {
        contentSecurityPolicy = config.getInitParameter("content-security-policy");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "same-origin");
        http.setHeader("Permissions-Policy", PERMISSIONS);
        http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            http.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (contentSecurityPolicy != null) {
            http.setHeader("Content-Security-Policy", contentSecurityPolicy);
        }
        chain.doFilter(request, response);
    }
}
