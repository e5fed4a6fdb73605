package dev.portico.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every request of every Portico WAR one correlation id ({@code X-Correlation-Id}): the
 * caller's if it sent a sane one (so a client or a proxy can follow its request through), else
 * 16 random hex digits. Kept as a request attribute, echoed in the response, shown on error
 * pages and in problem bodies, and logged with any exception that escapes the application.
 */
public class CorrelationId extends HttpFilter {

    public static final String HEADER = "X-Correlation-Id";
    static final String ATTRIBUTE = CorrelationId.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Logger LOG = Logger.getLogger(CorrelationId.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String offered = request.getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : fresh();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Request " + request.getRequestURI() + " failed [correlation id " + id + "]", e);
            throw e;
        }
    }

    /**
     * The request's id. A request the security layer refused before this filter ran (an error
     * page for a 401 or 403) gets a fresh one here, echoed in the response when one is given.
     */
    public static String of(HttpServletRequest request, HttpServletResponse response) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = fresh();
            request.setAttribute(ATTRIBUTE, id);
            if (response != null && !response.isCommitted()) {
                response.setHeader(HEADER, id.toString());
            }
        }
        return id.toString();
    }

    public static String of(HttpServletRequest request) {
        return of(request, null);
    }

    private static String fresh() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
