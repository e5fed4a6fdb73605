package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as ada, portal administrator. */
@Stateless
@RunAs("portal-admin")
@RunAsPrincipal("ada")
@PermitAll
public class RunAsPortalAdmin {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
