package dev.portico.erp.service.internal;

import dev.portico.access.query.RecordScope;
import dev.portico.access.query.ScopeColumns;

/**
 * How the data scopes reach the ERP's records, from the ERP's own tables only. A sales order is
 * in scope when its customer's copy of the CRM account's scope is ({@code ErpCustomer}); the
 * probe is an EXISTS on the customer's primary key, so the order list still reads the order
 * table alone in keyset order (a join made MariaDB sort all million orders). ALL needs no probe.
 * A purchase order, and a supplier, belong to the supplier's organisation: only ORGANISATION
 * (a supplier's own users) restricts them.
 */
final class ErpScopes {

    private static final ScopeColumns CUSTOMER_COLUMNS = new ScopeColumns("c.territory", territory -> territory, "c.ownerUsername",
            "c.partnerAlias");

    static final RecordScope SALES_ORDER = RecordScope.of("sales-order", "SalesOrder", "o.id", CUSTOMER_COLUMNS)
            .through("EXISTS (SELECT c.id FROM ErpCustomer c WHERE c.id = o.customer.id AND {scope})");

    /** An invoice is in scope when its order is; queries name the order {@code o} ({@code JOIN i.order o}). */
    static final RecordScope INVOICE = RecordScope.of("invoice", "Invoice", "i.id", CUSTOMER_COLUMNS)
            .through("EXISTS (SELECT c.id FROM ErpCustomer c WHERE c.id = o.customer.id AND {scope})");

    /** Queries name the supplier {@code s} and join it with {@link #SUPPLIER_JOIN}. */
    static final RecordScope PURCHASE_ORDER = RecordScope.of("purchase-order", "PurchaseOrder", "po.id",
            new ScopeColumns(null, null, null, "s.alias"));
    static final String SUPPLIER_JOIN = "s.id = po.supplierOrganisationId";

    /** A product belongs to its supplier's organisation; queries name it {@code p}, its supplier {@code s}. */
    static final RecordScope SUPPLIED_PRODUCT = RecordScope.of("product", "Product", "p.sku",
            new ScopeColumns(null, null, null, "s.alias"));
    static final String PRODUCT_SUPPLIER_JOIN = "s.id = p.supplierOrganisationId";

    static final RecordScope SUPPLIER = RecordScope.of("organisation", "Organisation", "o.id",
            new ScopeColumns(null, null, null, "o.alias"));

    private ErpScopes() {
    }
}
