/** {@code /v1/products}: the ERP's catalogue with prices and available stock ({@code products:view}), keyset-paged on the SKU. */
package dev.portico.api.products;
