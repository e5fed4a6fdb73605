package dev.portico.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls a piece of test code with the {@code sales-rep} role, as a signed-in sales rep would. */
@Stateless
@RunAs("sales-rep")
@PermitAll
public class RunAsSalesRep {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
