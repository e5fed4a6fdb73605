package dev.portico.modules.audit;

import dev.portico.access.directory.UnknownIdentityException;
import dev.portico.access.explain.AccessExplanation;
import dev.portico.crm.service.AccountAccessExplainer;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;

/**
 * Backs {@code audit/explain.xhtml}: "why can this user see this record?". The question is in
 * the URL ({@code ?user=dina&account=8}) so an explanation can be linked from a finding.
 */
@Named
@ViewScoped
public class ExplainView implements Serializable {

    @EJB
    private transient AccountAccessExplainer explainer;

    @NotBlank
    private String user;
    @NotNull @Positive
    private Long account;
    private AccessExplanation explanation;

    /** Runs on GET when both parameters are present ({@code f:viewAction}). */
    public void explainFromUrl() {
        if (user != null && !user.isBlank() && account != null && explanation == null) {
            explain();
        }
    }

    public void explain() {
        try {
            explanation = explainer.explain(user.strip(), account);
        } catch (UnknownIdentityException unknown) {
            explanation = null;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, unknown.getMessage(), null));
        }
    }

    public AccessExplanation getExplanation() {
        return explanation;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }
}
