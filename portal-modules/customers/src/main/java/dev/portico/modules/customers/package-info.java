/**
 * The Customers module (CRM): the account list, paged, sorted and filtered by the database, and
 * an account's page. In both portals: what each user sees is their data scope (a rep her
 * territory, a distributor the accounts it serves), applied by the service in SQL.
 */
package dev.portico.modules.customers;
