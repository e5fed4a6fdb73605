package dev.portico.shell.error;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.web.CorrelationId;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an exception in a Faces request into the shell's error pages: a refused service call into
 * "not permitted" (403), anything else into the general error page (500), logged with the
 * request's correlation id. Ajax requests are redirected to the page, since an error status
 * would leave the user looking at a half-updated form.
 */
public class PorticoExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PorticoExceptionHandler.class.getName());

    public PorticoExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (faces != null && events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            show(faces, thrown);
        }
        getWrapped().handle();
    }

    private static void show(FacesContext faces, Throwable thrown) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String id = CorrelationId.of(request);
        boolean refused = causedBy(thrown, EJBAccessException.class) || causedBy(thrown, AccessDeniedException.class);
        if (refused) {
            LOG.log(Level.WARNING, "Refused {0} for {1} [correlation id {2}]",
                    new Object[] {request.getRequestURI(), request.getRemoteUser(), id});
        } else {
            LOG.log(Level.SEVERE, "Request " + request.getRequestURI() + " failed [correlation id " + id + "]", thrown);
        }
        int status = refused ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                String page = refused ? "/error/forbidden.xhtml" : "/error/error.xhtml";
                external.redirect(external.getRequestContextPath() + page + "?cid=" + id);
            } else {
                external.responseReset();
                external.responseSendError(status, null);
            }
            faces.responseComplete();
        } catch (IOException | IllegalStateException e) {
            throw new FacesException("Could not show the error page [correlation id " + id + "]", thrown);
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
