package dev.portico.erp.port;

import dev.portico.contract.OrderSubmitted;
import jakarta.ejb.Local;

/**
 * Takes a signed order into the ERP. Called by the integration layer inside the transaction
 * that consumes the message, so the order, its reservations and the events it causes commit
 * together with the consumption, or not at all.
 */
@Local
public interface OrderIntake {

    /** The role the caller runs as: only the integration layer may put orders into the ERP. */
    String ROLE = "erp-intake";

    /**
     * Creates the order for the quote, checks credit, reserves stock and reports the outcome
     * through {@link OrderEvents}. A quote that already has an order changes nothing.
     *
     * @return what happened, for logging and tests
     * @throws UnknownProductException when a line names a SKU the ERP does not sell: a master-data
     *         gap to fix before the message is replayed, not an outcome to tell the customer
     */
    IntakeOutcome submit(OrderSubmitted order);
}
