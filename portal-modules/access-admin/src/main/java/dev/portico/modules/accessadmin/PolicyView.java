package dev.portico.modules.accessadmin;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import dev.portico.access.service.PolicyAdministration;
import dev.portico.access.service.PolicyChangeRejectedException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Backs {@code access-admin/policy.xhtml}: the current policy, one rule added or removed at a time. */
@Named
@ViewScoped
public class PolicyView implements Serializable {

    @EJB
    private transient PolicyAdministration administration;

    private Policy policy;

    @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}")
    private String role;
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}")
    private String module;
    @NotNull
    private Action action = Action.VIEW;
    @NotNull
    private DataScope scope = DataScope.OWN;
    @NotBlank @Size(max = 1000)
    private String reason;

    @PostConstruct
    void load() {
        policy = administration.currentPolicy();
    }

    public List<PolicyRule> getRules() {
        return policy.rules().stream()
                .sorted(Comparator.comparing(PolicyRule::role).thenComparing(r -> r.permission().toString()))
                .toList();
    }

    public void add() {
        change(() -> administration.addRule(new PolicyRule(role, Permission.of(module, action), scope), reason));
    }

    public void remove(PolicyRule rule) {
        change(() -> administration.removeRule(rule, reason));
    }

    /** A rejected change (duplicate or missing rule) is a message on the page, not an error page. */
    private void change(Supplier<Policy> publish) {
        try {
            published(publish.get());
        } catch (PolicyChangeRejectedException rejected) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, rejected.getMessage(), null));
        }
    }

    private void published(Policy next) {
        policy = next;
        reason = null;
        String text = MessageFormat.format(ResourceBundle.getBundle("dev.portico.modules.accessadmin.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString("policy.saved"), next.version());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
    }

    public int getVersion() {
        return policy.version();
    }

    public Action[] getActions() {
        return Action.values();
    }

    public DataScope[] getScopes() {
        return DataScope.values();
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    public DataScope getScope() {
        return scope;
    }

    public void setScope(DataScope scope) {
        this.scope = scope;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
