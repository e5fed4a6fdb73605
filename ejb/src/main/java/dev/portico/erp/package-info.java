/**
 * The built-in ERP bounded context (back office): customers-as-billed, products and stock,
 * sales orders with their reservations, shipments, invoices and payments, and purchase orders
 * to suppliers. It meets the rest of Portico only at {@code erp.port} (orders in, events out)
 * and knows a CRM customer by nothing but the mapped CRM account id.
 *
 * <p><b>Lock order</b> (issue 16; {@code docs/erp-locking.md}). Every use case that writes takes
 * its row locks first, exclusively, and always in this order:
 * <ol>
 *   <li>the customer ({@code erp_customer});</li>
 *   <li>products, by SKU;</li>
 *   <li>sales orders, by id;</li>
 *   <li>purchase orders, by id;</li>
 * </ol>
 * and only then inserts or updates. {@code erp.service.internal.ErpLocks} is the only way to get one of
 * these rows for writing, and refuses a lock asked for out of order. Inserts count: a row whose
 * foreign key names a product or an order (an order line, a stock movement, a shipment) takes a
 * shared lock on it, and a shared lock that is later upgraded to an exclusive one is how two
 * transactions deadlock (signed orders went to the dead-letter queue that way). The datasource
 * reads READ COMMITTED, so what is read after a lock is current.
 */
package dev.portico.erp;
