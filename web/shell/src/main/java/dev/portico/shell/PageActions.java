package dev.portico.shell;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Runs what a page's button asks of a service. A refusal the user can act on (a rule of the
 * domain, a record gone meanwhile, invalid input) becomes a message on the page; anything else
 * (a missing permission, a fault) goes on to the shell's error pages.
 */
public final class PageActions {

    private PageActions() {
    }

    /**
     * @param doneKey  the key, in {@code bundle}, of the message shown when it worked
     * @param refusals the exceptions that mean "not like this" rather than "something broke"
     * @return whether the action was done
     */
    public static boolean run(String bundle, String doneKey, Runnable action, List<Class<? extends RuntimeException>> refusals) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            String done = ResourceBundle.getBundle(bundle, faces.getViewRoot().getLocale()).getString(doneKey);
            faces.addMessage(null, new FacesMessage(done));
            return true;
        } catch (EJBException invalid) {
            if (!(invalid.getCause() instanceof ConstraintViolationException violations)) {
                throw invalid;
            }
            violations.getConstraintViolations().forEach(v -> warn(faces, v.getPropertyPath() + ": " + v.getMessage()));
        } catch (RuntimeException refused) {
            if (refusals.stream().noneMatch(type -> type.isInstance(refused))) {
                throw refused;
            }
            warn(faces, refused.getMessage());
        }
        return false;
    }

    /** A message about input the page itself found wanting (a blank or unreadable field). */
    public static void warn(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
}
