/**
 * The Purchasing module (both portals): purchase orders to suppliers — raised by the ERP on a
 * shortage or placed by the warehouse — with their lines and status; a supplier confirms its
 * own, the warehouse records what arrived. The list and pages are the caller's
 * {@code purchasing} scope, applied by the purchase order service in SQL.
 */
package dev.portico.modules.purchasing;
