/**
 * The Customers module (CRM): the account list, paged, sorted and filtered by the database.
 * Internal portal only; partners will see their own accounts through partner self-service.
 */
package dev.portico.modules.customers;
