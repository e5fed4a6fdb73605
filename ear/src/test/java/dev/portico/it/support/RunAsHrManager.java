package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as carol, HR manager (no customer access). */
@Stateless
@RunAs("hr-manager")
@RunAsPrincipal("carol")
@PermitAll
public class RunAsHrManager {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
