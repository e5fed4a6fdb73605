package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as sam with the single job role partner-viewer. */
@Stateless
@RunAs("partner-viewer")
@RunAsPrincipal("nick")
@PermitAll
public class RunAsPartnerViewer {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
