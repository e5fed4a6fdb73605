package dev.portico.modules.accessadmin;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import dev.portico.access.service.HeldPolicyChange;
import dev.portico.access.service.PolicyAdministration;
import dev.portico.access.service.PolicyChange;
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

/**
 * Backs {@code access-admin/policy.xhtml}: the current policy, one rule added or removed at a
 * time, and the changes held for a second administrator (segregation of duties), approved or
 * turned down with a reason.
 */
@Named
@ViewScoped
public class PolicyView implements Serializable {

    @EJB
    private transient PolicyAdministration administration;

    private Policy policy;
    private List<HeldPolicyChange> held;

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
        held = administration.heldChanges();
    }

    /** Changes and pair removals another administrator asked for, which this one may approve. */
    public List<HeldPolicyChange> getHeld() {
        return held;
    }

    public void approve(HeldPolicyChange change) {
        attempt(() -> text("policy.approved", administration.approve(change.id(), reason).version()));
    }

    public void reject(HeldPolicyChange change) {
        attempt(() -> {
            administration.reject(change.id(), reason);
            return text("policy.rejected");
        });
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

    private void change(Supplier<PolicyChange> publish) {
        attempt(() -> {
            PolicyChange change = publish.get();
            return change.applied() ? text("policy.saved", change.policy().version())
                    : text("policy.held", String.join("; ", change.conflicts()));
        });
    }

    /** A rejected change (duplicate or missing rule, stale or own held change) is a message on the page, not an error page. */
    private void attempt(Supplier<String> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String done = change.get();
            reason = null;
            load();
            faces.addMessage(null, new FacesMessage(done));
        } catch (PolicyChangeRejectedException rejected) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, rejected.getMessage(), null));
        }
    }

    private static String text(String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle("dev.portico.modules.accessadmin.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString(key), arguments);
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
