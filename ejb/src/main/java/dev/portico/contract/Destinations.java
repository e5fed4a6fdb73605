package dev.portico.contract;

/**
 * JNDI names of the destinations and of the broker identities that use them (created by
 * {@code config/wildfly/portico.cli}). The broker lets only a destination's own side consume it:
 * the CRM sends orders and the ERP consumes them; the ERP publishes events and the CRM consumes
 * them; dead letters belong to integration operations. Each side sends through its own factory
 * and its consumers activate through the resource adapter of the same name.
 */
public final class Destinations {

    /** Signed quotes for the ERP to turn into orders. Consumed by the ERP only. */
    public static final String ORDER_INTAKE_QUEUE = "java:/jms/queue/ErpOrderIntake";
    /** What the ERP did with orders: confirmations, holds, shortages, shipments, invoices, payments. */
    public static final String ERP_EVENTS_TOPIC = "java:/jms/topic/ErpEvents";
    /** ERP to CRM: products added and prices changed, for the CRM's own price list. */
    public static final String ERP_CATALOGUE_TOPIC = "java:/jms/topic/ErpCatalogue";
    /** Accounts opened in the CRM, for the ERP's customer mapping. Consumed by the ERP only. */
    public static final String ACCOUNT_EVENTS_QUEUE = "java:/jms/queue/CrmAccountEvents";
    /** Where the broker parks a message after its last failed delivery. */
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/DLQ";

    /** The CRM side's factory (broker user {@code crm-side}): sends orders and account events. */
    public static final String CRM_SIDE_FACTORY = "java:/jms/CrmSideConnectionFactory";
    /** The ERP side's factory (broker user {@code erp-side}): publishes ERP events. */
    public static final String ERP_SIDE_FACTORY = "java:/jms/ErpSideConnectionFactory";
    /** Integration operations (broker user {@code integration-ops}): reads and replays dead letters. */
    public static final String OPERATIONS_FACTORY = "java:/jms/IntegrationOpsConnectionFactory";

    /** Resource adapters (pooled factories) the consumers of each side activate through. */
    public static final String CRM_SIDE_ADAPTER = "crm-side";
    public static final String ERP_SIDE_ADAPTER = "erp-side";

    private Destinations() {
    }
}
