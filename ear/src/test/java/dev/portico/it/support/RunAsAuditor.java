package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as audrey, the auditor (reads and verifies the grant ledger, changes nothing). */
@Stateless
@RunAs("auditor")
@RunAsPrincipal("audrey")
@PermitAll
public class RunAsAuditor {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
