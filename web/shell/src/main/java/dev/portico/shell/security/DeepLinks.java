package dev.portico.shell.security;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps a deep link's query string through the Keycloak sign-in. WildFly's OIDC client carries
 * the requested URL in {@code redirect_uri} only, and strips its query on purpose (ELY-2242; the
 * server-wide {@code wildfly.elytron.oidc.allow.query.params} would put the query into
 * {@code redirect_uri} for every application, the risk the Elytron maintainers named). So: an
 * Undertow security wrapper, which runs after the security constraints and before the OIDC
 * mechanism, sees an unauthenticated GET of a protected page with a query and, only when the
 * response really is the redirect to Keycloak's login, remembers the path and query in a
 * short-lived cookie of this context; after sign-in the mechanism lands on the bare path and
 * {@link PortalAccessFilter} sends the browser on to the remembered URL once ({@link #target}).
 * Postbacks, Faces ajax requests and resources are never remembered; the remembered value is
 * only ever this context's own relative path, checked again on use.
 */
public class DeepLinks implements ServletExtension {

    static final String COOKIE = "portico-return-to";
    private static final int TEN_MINUTES = 600;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String cookiePath = deployment.getContextPath() == null || deployment.getContextPath().isEmpty() ? "/" : deployment.getContextPath();
        deployment.addSecurityWrapper(next -> exchange -> {
            if (remembers(exchange)) {
                String target = exchange.getRequestURI() + "?" + exchange.getQueryString();
                exchange.addResponseCommitListener(committed -> {
                    String location = committed.getResponseHeaders().getFirst(Headers.LOCATION);
                    if (committed.getStatusCode() == 302 && location != null && location.contains("response_type=code")) {
                        committed.setResponseCookie(new CookieImpl(COOKIE, URLEncoder.encode(target, StandardCharsets.UTF_8))
                                .setPath(cookiePath).setHttpOnly(true).setSecure(committed.isSecure()).setSameSiteMode("Lax")
                                .setMaxAge(TEN_MINUTES));
                    }
                });
            }
            next.handleRequest(exchange);
        });
    }

    private static boolean remembers(HttpServerExchange exchange) {
        SecurityContext security = exchange.getSecurityContext();
        String fetchMode = exchange.getRequestHeaders().getFirst("Sec-Fetch-Mode");
        return security != null && security.isAuthenticationRequired() && !security.isAuthenticated()
                && Methods.GET.equals(exchange.getRequestMethod())
                && !exchange.getQueryString().isEmpty()
                && !exchange.getQueryParameters().containsKey("code") && !exchange.getQueryParameters().containsKey("state")
                && exchange.getRequestHeaders().getFirst("Faces-Request") == null
                && (fetchMode == null || "navigate".equals(fetchMode))
                && !exchange.getRelativePath().startsWith("/jakarta.faces.resource/");
    }

    /**
     * The remembered URL for this signed-in GET of a bare path, if the cookie holds one for this
     * very path in this context; a value that is anything else (another host, another context,
     * a tampered cookie) is ignored. The caller clears the cookie either way.
     */
    static Optional<String> target(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(Cookie::getValue)
                .map(value -> URLDecoder.decode(value, StandardCharsets.UTF_8))
                .filter(target -> safe(target, request.getContextPath(), request.getRequestURI()));
    }

    static boolean safe(String target, String contextPath, String requestUri) {
        int query = target.indexOf('?');
        return query > 0 && target.startsWith(contextPath + "/") && !target.startsWith("//") && !target.contains("://")
                && target.chars().noneMatch(ch -> ch == '\\' || ch == '\r' || ch == '\n')
                && target.substring(0, query).equals(requestUri);
    }

    /** The cookie's removal, sent with the redirect or the page. */
    static Cookie cleared(String contextPath) {
        Cookie cookie = new Cookie(COOKIE, "");
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        return cookie;
    }

    static boolean present(HttpServletRequest request) {
        return request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(c -> COOKIE.equals(c.getName()));
    }
}
