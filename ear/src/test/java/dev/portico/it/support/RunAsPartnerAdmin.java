package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as sam with the single job role partner-admin. */
@Stateless
@RunAs("partner-admin")
@RunAsPrincipal("dina")
@PermitAll
public class RunAsPartnerAdmin {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
