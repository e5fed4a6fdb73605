package dev.portico.api.problem;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id ({@code X-Correlation-Id}): the caller's if it sent a
 * sane one, else a new one; echoed in the response and in problem bodies, and logged with errors.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST})
public class CorrelationId implements Filter {

    public static final String HEADER = "X-Correlation-Id";
    static final String ATTRIBUTE = CorrelationId.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String offered = ((HttpServletRequest) request).getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        request.setAttribute(ATTRIBUTE, id);
        ((HttpServletResponse) response).setHeader(HEADER, id);
        chain.doFilter(request, response);
    }

    /**
     * The request's id. A request refused by the security layer never reached this filter (it
     * runs after authentication); its error page gets a fresh id here.
     */
    static String of(ServletRequest request, ServletResponse response) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            request.setAttribute(ATTRIBUTE, id);
            ((HttpServletResponse) response).setHeader(HEADER, id.toString());
        }
        return id.toString();
    }
}
