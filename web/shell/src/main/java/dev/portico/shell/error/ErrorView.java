package dev.portico.shell.error;

import dev.portico.web.CorrelationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What the error pages show: the correlation id of the failed request. */
@Named
@RequestScoped
public class ErrorView {

    @Inject
    private HttpServletRequest request;

    public String getCorrelationId() {
        String fromRedirect = request.getParameter("cid");
        // A redirected Ajax error brings its id along; accept only what this filter generates.
        if (fromRedirect != null && fromRedirect.matches("[0-9a-f]{12}")) {
            return fromRedirect;
        }
        return CorrelationId.of(request);
    }
}
