package dev.portico.shell.error;

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

/**
 * Gives every request a short correlation id (request attribute and response header) and logs
 * any exception that escapes the application under it, before the container shows the error page.
 */
public class CorrelationIdFilter extends HttpFilter {

    public static final String ATTRIBUTE = "dev.portico.correlationId";
    public static final String HEADER = "X-Correlation-Id";
    private static final Logger LOG = Logger.getLogger(CorrelationIdFilter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idOf(request);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Request " + request.getRequestURI() + " failed [correlation id " + id + "]", e);
            throw e;
        }
    }

    /** The request's id, created on first use. */
    public static String idOf(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
            request.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }
}
