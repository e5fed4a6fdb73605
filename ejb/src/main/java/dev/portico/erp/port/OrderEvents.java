package dev.portico.erp.port;

import dev.portico.contract.ErpEvent;
import jakarta.ejb.Local;

/**
 * Where the ERP reports what it did with orders. Implementations publish within the caller's
 * transaction: an event exists if and only if the change it reports was committed.
 */
@Local
public interface OrderEvents {

    void publish(ErpEvent event);
}
