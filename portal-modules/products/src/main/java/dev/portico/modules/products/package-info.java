/**
 * The Products &amp; stock module (internal portal): the catalogue with stock on hand, reserved,
 * available and reorder level, paged, sorted and filtered in SQL; a product's page with its stock
 * movements; stock adjustments with a reason and price changes for {@code products:edit}.
 */
package dev.portico.modules.products;
