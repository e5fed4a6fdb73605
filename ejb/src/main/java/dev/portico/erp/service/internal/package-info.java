/**
 * The built-in ERP: the implementation of {@link dev.portico.erp.port.OrderIntake} and of the
 * ERP services. Small stateless beans that secure, lock, transact and publish; the rules they
 * apply live in {@code erp.domain}. Rows are locked pessimistically, through {@link
 * dev.portico.erp.service.internal.ErpLocks} and in its one order (customer, products by SKU, sales
 * orders, purchase orders; see {@code dev.portico.erp}): hot rows, many orders at once, and
 * waiting beats failing and retrying. The customer's row is held while its credit is checked, so
 * two orders cannot both pass a limit only one fits.
 */
package dev.portico.erp.service.internal;
