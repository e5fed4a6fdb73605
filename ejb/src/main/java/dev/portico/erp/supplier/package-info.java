/**
 * The supplier's side of purchasing, as a supplier's users see it: their organisation's purchase
 * orders (confirm with a promised date per line, or propose a change), advance shipping notices,
 * and the demand forecast of the products they supply. Every type here is made for that
 * audience: no staff username, no sales order, no other supplier — the warehouse's own view is
 * {@code erp.service.PurchaseOrders}. Permissions are the supplier's {@code purchasing} rules,
 * scope ORGANISATION.
 */
package dev.portico.erp.supplier;
