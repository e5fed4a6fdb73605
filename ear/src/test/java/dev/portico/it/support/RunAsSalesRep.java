package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as alice, sales rep in the East: what she would reach when signed in. */
@Stateless
@RunAs("sales-rep")
@RunAsPrincipal("alice")
@PermitAll
public class RunAsSalesRep {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
