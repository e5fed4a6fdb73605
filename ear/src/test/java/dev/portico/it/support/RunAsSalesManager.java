package dev.portico.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls test code as frank, the sales manager (his team: alice and bob). */
@Stateless
@RunAs("sales-manager")
@RunAsPrincipal("frank")
@PermitAll
public class RunAsSalesManager {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
