/**
 * The partner portal (external only): a distributor's home with its figures, the catalogue at
 * its prices with a cart, its orders with their progress, approvals above a buyer's limit,
 * invoices with PDFs, and service tickets. Every page reads the partner services
 * ({@code dev.portico.crm.partner}, {@code dev.portico.erp.partner}), whose types are made for
 * partners: no page here can show what those types do not carry.
 */
package dev.portico.modules.partner;
