package dev.portico.integration.reconciliation;

/** What a reconciliation finding is about. Names are stored in {@code reconciliation_finding.kind}. */
public enum FindingKind {
    /** A CRM account with a signed quote, but no ERP customer mapped to it. */
    ACCOUNT_WITHOUT_ERP_CUSTOMER(Category.MAPPING),
    /** An ERP customer whose {@code crm_account_id} names no CRM account. */
    ERP_CUSTOMER_WITHOUT_ACCOUNT(Category.MAPPING),
    /** An ERP customer mapped to a prospect: prospects never reach the ERP. */
    ERP_CUSTOMER_FOR_PROSPECT(Category.MAPPING),
    /** An ERP order whose quote is missing, unsigned, or another account's. */
    ERP_ORDER_WITHOUT_QUOTE(Category.MAPPING),
    /** The CRM's timeline reports an ERP order that the ERP does not have. */
    ORDER_UNKNOWN_TO_ERP(Category.MAPPING),
    /** The status the CRM's timeline shows for an order is not the ERP order's status. */
    STATUS_MISMATCH(Category.STATUS),
    /** The CRM's balance view of an account differs from the ERP's invoiced minus paid. */
    BALANCE_MISMATCH(Category.BALANCE);

    public enum Category { MAPPING, STATUS, BALANCE }

    private final Category category;

    FindingKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
