/**
 * The CRM as a partner sees it: the organisation's orders (the quotes its buyers submitted, and
 * those staff signed for its customers), their progress in the partner's words, the customers
 * it serves, approvals above a buyer's purchase limit, and service tickets with their public
 * comments only. Every type here is made for the external audience — no owner, no internal
 * note, no credit figure of an end customer, no staff username — and a cart carries no price:
 * the ERP's price list sets every price on the server. Module {@code partner}, scope
 * ORGANISATION; another organisation's record answers like a missing one.
 */
package dev.portico.crm.partner;
