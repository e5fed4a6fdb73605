package dev.portico.modules.purchasing;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the purchasing pages offer the user: buttons follow the policy, and the purchase order
 * service checks the same permissions again. Placing and receiving change stock, so they need
 * {@code products:edit} too — which a supplier does not hold.
 */
@Named
@RequestScoped
public class PurchasingPermissions {

    @Inject
    private CurrentUser user;

    public boolean isConfirm() {
        return user.allows(Permission.of("purchasing", Action.EDIT));
    }

    public boolean isStock() {
        return isConfirm() && user.allows(Permission.of("products", Action.EDIT));
    }
}
