package dev.portico.modules.integration.batch;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the batch pages, from their own bundle (the module's bundle belongs to the monitor). */
final class BatchMessages {

    static final String BUNDLE = "dev.portico.modules.integration.batch.messages";

    private BatchMessages() {
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    static String text(String key, Object... arguments) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return MessageFormat.format(messages.getString(key), arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }
}
