/**
 * The Orders module: quotes and the orders they became, with what the ERP reported about each
 * (the timeline); writing a quote and signing it, which hands the order to the ERP. Every list
 * and page is the caller's data scope, applied by the quote service in SQL.
 */
package dev.portico.modules.orders;
