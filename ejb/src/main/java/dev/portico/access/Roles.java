package dev.portico.access;

/**
 * Realm role names of the {@code portico} Keycloak realm, as {@code @RolesAllowed} and
 * {@code isUserInRole} see them. Job roles are composites that include {@link #EMPLOYEE}
 * or {@link #PARTNER}, which decide which portal a user may enter.
 */
public final class Roles {

    /** Every member of staff; required to enter the internal portal. */
    public static final String EMPLOYEE = "employee";
    /** Every user of a partner organisation; required to enter the external portal. */
    public static final String PARTNER = "partner";
    /** Staff who support partners and may open the external portal too. */
    public static final String PARTNER_SUPPORT = "partner-support";

    public static final String SALES_REP = "sales-rep";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String SERVICE_AGENT = "service-agent";
    public static final String HR_MANAGER = "hr-manager";
    public static final String FINANCE = "finance";
    public static final String WAREHOUSE = "warehouse";
    public static final String PORTAL_ADMIN = "portal-admin";
    public static final String AUDITOR = "auditor";
    public static final String DISTRIBUTOR = "distributor";
    public static final String SUPPLIER = "supplier";

    private Roles() {
    }
}
