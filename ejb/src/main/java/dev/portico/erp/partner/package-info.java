/**
 * The ERP as a partner sees it: the catalogue at the partner's own prices with availability
 * bands (never stock figures), and the invoices of the organisation's customers with their due
 * dates, PDFs and the partner's standing against its credit line. Each type here is made for the
 * external audience; none is an internal record with fields left out. Module {@code partner},
 * scope ORGANISATION: another organisation's invoice answers like a missing one.
 */
package dev.portico.erp.partner;
