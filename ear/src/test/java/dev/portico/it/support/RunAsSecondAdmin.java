package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as a second portal administrator, for approvals that ada may not give herself. */
@Stateless
@RunAs("portal-admin")
@RunAsPrincipal("zara")
@PermitAll
public class RunAsSecondAdmin {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
