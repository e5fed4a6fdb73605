package dev.portico.shell.security;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Puts the page's CSP nonce into every form as a hidden field. PrimeFaces checks that a postback
 * carries the nonce of the page it came from (so a forged post cannot reuse another page's
 * scripts) and its script adds it to Ajax requests; a plain form posted without scripts, as our
 * imports and sign-out forms are meant to be, would otherwise lack it and fail. Registered for
 * {@code PostAddToViewEvent} on {@code HtmlForm} in faces-config.xml (the exact class: Mojarra
 * matches a listener's source class exactly, not its supertypes).
 */
public class CspNonceInForms implements SystemEventListener {

    /** PrimeFaces' request parameter for the nonce ({@code Constants.RequestParams.NONCE_PARAM}). */
    static final String NONCE_PARAM = "primefaces.nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIForm form = (UIForm) event.getSource();
        if (form.getChildren().stream().noneMatch(NonceField.class::isInstance)) {
            NonceField field = new NonceField();
            field.setTransient(true);
            form.getChildren().add(field);
        }
    }

    /** {@code <input type="hidden" name="primefaces.nonce" value="…">}, the value known only at render time. */
    public static class NonceField extends UIComponentBase {

        @Override
        public String getFamily() {
            return "dev.portico.CspNonce";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE_PARAM, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
    }
}
