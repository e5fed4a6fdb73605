/**
 * The CRM bounded context (front office): customer accounts, contacts, interactions, quotes,
 * the order timeline and balance as the ERP reports them, and service tickets. It hands signed
 * quotes to the ERP as {@code OrderSubmitted} messages and learns what became of them from the
 * ERP's events ({@code contract}); nothing else crosses between the two.
 */
package dev.portico.crm;
