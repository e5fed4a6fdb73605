/**
 * The built-in ERP bounded context (back office): customers-as-billed, products and stock,
 * sales orders with their reservations, shipments, invoices and payments, and purchase orders
 * to suppliers. It meets the rest of Portico only at {@code erp.port} (orders in, events out)
 * and knows a CRM customer by nothing but the mapped CRM account id.
 */
package dev.portico.erp;
