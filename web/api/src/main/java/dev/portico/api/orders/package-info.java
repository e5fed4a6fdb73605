/** {@code /v1/orders}: ERP sales orders within the caller's data scope (through their CRM account), cursor-paged. */
package dev.portico.api.orders;
