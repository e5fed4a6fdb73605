/**
 * The built-in ERP: the implementation of {@link dev.portico.erp.port.OrderIntake} and of the
 * ERP services. Small stateless beans that secure, lock, transact and publish; the rules they
 * apply live in {@code erp.domain}. Products are locked pessimistically while stock is reserved
 * or shipped (hot rows, many orders at once: waiting beats failing and retrying), and a
 * customer's row while its credit is checked, so two orders cannot both pass a limit only one fits.
 */
package dev.portico.erp.internal;
