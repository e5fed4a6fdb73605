package dev.portico.erp.port;

import dev.portico.contract.CatalogueEvent;
import jakarta.ejb.Local;

/**
 * Where the ERP announces catalogue changes (a product added, a price changed), in the
 * transaction of the change: the CRM's price list follows from them.
 */
@Local
public interface CatalogueEvents {

    void publish(CatalogueEvent event);
}
