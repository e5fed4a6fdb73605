package dev.portico.shell.security;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.PolicyRule;
import dev.portico.access.service.AccessPolicies;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Backs {@code my-access.xhtml}: what the signed-in user may do, module by module and action by
 * action, with the data scope of each — the same effective access every page and service check
 * uses, so a user can see why a module is missing without asking an administrator.
 */
@Named
@RequestScoped
public class MyAccessView {

    /** One module's line: the scopes of each action, in {@link Action} order; empty means "not allowed". */
    public record Line(String module, List<Cell> cells) {
    }

    public record Cell(String permission, String scopes, boolean allowed) {
    }

    @EJB
    private AccessPolicies policies;

    @Inject
    private SessionAccess session;

    public List<Line> getLines() {
        EffectiveAccess access = session.current();
        Set<String> modules = policies.current().rules().stream()
                .map(PolicyRule::permission).map(Permission::module)
                .collect(Collectors.toCollection(TreeSet::new));
        return modules.stream().map(module -> new Line(module, Arrays.stream(Action.values()).map(action -> {
            Permission permission = Permission.of(module, action);
            Set<DataScope> scopes = access.scopesOf(permission);
            String text = scopes.stream().map(DataScope::name).sorted().collect(Collectors.joining(", "));
            return new Cell(permission.toString(), text, !scopes.isEmpty());
        }).toList())).toList();
    }

    public List<Action> getActions() {
        return List.of(Action.values());
    }

    public int getPolicyVersion() {
        return session.current().policyVersion();
    }

    public Set<String> getRoles() {
        return new TreeSet<>(policies.rolesOfCaller(policies.current()));
    }
}
